package com.hallflow.organization;

import com.hallflow.support.H2Test;

@H2Test
class OrganizationServicesH2Test extends OrganizationServicesContract {

}
