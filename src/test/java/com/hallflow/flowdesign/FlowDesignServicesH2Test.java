package com.hallflow.flowdesign;

import com.hallflow.support.H2Test;

@H2Test
class FlowDesignServicesH2Test extends FlowDesignServicesContract {

}
