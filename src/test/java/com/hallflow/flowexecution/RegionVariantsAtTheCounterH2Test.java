package com.hallflow.flowexecution;

import com.hallflow.support.H2Test;

@H2Test
class RegionVariantsAtTheCounterH2Test extends RegionVariantsAtTheCounterContract {

}
