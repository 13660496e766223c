package com.hallflow.variant;

import com.hallflow.support.MariaDbTest;

@MariaDbTest
class OverlayServicesMariaDbTest extends OverlayServicesContract {

}
