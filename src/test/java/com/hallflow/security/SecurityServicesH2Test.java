package com.hallflow.security;

import com.hallflow.support.H2Test;

@H2Test
class SecurityServicesH2Test extends SecurityServicesContract {

}
