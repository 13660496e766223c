package com.hallflow.variant;

import com.hallflow.support.H2Test;

@H2Test
class OverlayServicesH2Test extends OverlayServicesContract {

}
