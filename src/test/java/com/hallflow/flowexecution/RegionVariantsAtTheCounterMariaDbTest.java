package com.hallflow.flowexecution;

import com.hallflow.support.MariaDbTest;

@MariaDbTest
class RegionVariantsAtTheCounterMariaDbTest extends RegionVariantsAtTheCounterContract {

}
