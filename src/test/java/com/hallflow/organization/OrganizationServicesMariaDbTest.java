package com.hallflow.organization;

import com.hallflow.support.MariaDbTest;

@MariaDbTest
class OrganizationServicesMariaDbTest extends OrganizationServicesContract {

}
