package com.hallflow.flowexecution;

import com.hallflow.support.H2Test;

@H2Test
class CustomerNamesH2Test extends CustomerNamesContract {

}
