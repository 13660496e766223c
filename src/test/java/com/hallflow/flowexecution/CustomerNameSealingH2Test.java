package com.hallflow.flowexecution;

import com.hallflow.support.H2Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@H2Test
class CustomerNameSealingH2Test extends CustomerNameSealingContract {

	private static final String URL = "jdbc:h2:mem:hallflow-names-before;MODE=MySQL;DB_CLOSE_DELAY=-1";

	private static boolean prepared;

	@DynamicPropertySource
	static synchronized void databaseServedBefore(DynamicPropertyRegistry registry) {
		if (!prepared) {
			servedBeforeNamesWereEncrypted(URL, "sa", "");
			prepared = true;
		}
		registry.add("spring.datasource.url", () -> URL);
	}

}
