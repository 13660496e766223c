package com.hallflow.flowexecution;

import com.hallflow.support.MariaDbTest;

@MariaDbTest
class CustomerNamesMariaDbTest extends CustomerNamesContract {

}
