package com.hallflow.security;

import com.hallflow.support.MariaDbTest;

@MariaDbTest
class SecurityServicesMariaDbTest extends SecurityServicesContract {

}
