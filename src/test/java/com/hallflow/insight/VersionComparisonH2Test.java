package com.hallflow.insight;

import com.hallflow.support.H2Test;

@H2Test
class VersionComparisonH2Test extends VersionComparisonContract {

}
