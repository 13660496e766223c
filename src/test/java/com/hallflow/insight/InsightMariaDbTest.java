package com.hallflow.insight;

import com.hallflow.support.MariaDbTest;

@MariaDbTest
class InsightMariaDbTest extends InsightContract {

}
