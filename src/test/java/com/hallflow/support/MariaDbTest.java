package com.hallflow.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A Spring Boot test on MariaDB through the production {@code mysql} profile, configured
 * the way an operator would: through HALLFLOW_DB_* settings.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(MariaDb.class)
@SpringBootTest(properties = { "HALLFLOW_DB_URL=" + MariaDb.URL_SETTING,
		"HALLFLOW_DB_USER=${HALLFLOW_TEST_DB_USER:root}", "HALLFLOW_DB_PASSWORD=${HALLFLOW_TEST_DB_PASSWORD:}" })
@ActiveProfiles({ "test", "mysql" })
public @interface MariaDbTest {

}
