package com.hallflow.insight;

import com.hallflow.support.H2Test;

@H2Test
class InsightH2Test extends InsightContract {

}
