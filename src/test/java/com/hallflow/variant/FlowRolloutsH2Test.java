package com.hallflow.variant;

import com.hallflow.support.H2Test;

@H2Test
class FlowRolloutsH2Test extends FlowRolloutsContract {

}
