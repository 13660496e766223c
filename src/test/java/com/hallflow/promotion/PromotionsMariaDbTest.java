package com.hallflow.promotion;

import com.hallflow.support.MariaDbTest;

@MariaDbTest
class PromotionsMariaDbTest extends PromotionsContract {

}
