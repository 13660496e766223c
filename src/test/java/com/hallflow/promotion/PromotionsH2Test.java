package com.hallflow.promotion;

import com.hallflow.support.H2Test;

@H2Test
class PromotionsH2Test extends PromotionsContract {

}
