package com.hallflow.insight;

import com.hallflow.support.MariaDbTest;

@MariaDbTest
class VersionComparisonMariaDbTest extends VersionComparisonContract {

}
