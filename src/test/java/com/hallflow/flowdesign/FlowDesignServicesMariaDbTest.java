package com.hallflow.flowdesign;

import com.hallflow.support.MariaDbTest;

@MariaDbTest
class FlowDesignServicesMariaDbTest extends FlowDesignServicesContract {

}
