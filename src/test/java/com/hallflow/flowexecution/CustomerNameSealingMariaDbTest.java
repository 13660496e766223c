package com.hallflow.flowexecution;

import com.hallflow.support.MariaDb;
import com.hallflow.support.MariaDbTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** On a database of its own next to the test database, dropped and created first. */
@MariaDbTest
class CustomerNameSealingMariaDbTest extends CustomerNameSealingContract {

	private static final String DATABASE = MariaDb.DATABASE + "_names";

	private static final String URL = MariaDb.URL.replace("/" + MariaDb.DATABASE + "?", "/" + DATABASE + "?");

	private static boolean prepared;

	@DynamicPropertySource
	static synchronized void databaseServedBefore(DynamicPropertyRegistry registry) throws SQLException {
		if (!prepared) {
			try (Connection c = DriverManager.getConnection(MariaDb.HOST_URL, MariaDb.USER, MariaDb.PASSWORD);
					Statement s = c.createStatement()) {
				s.execute("DROP DATABASE IF EXISTS " + DATABASE);
				s.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
			}
			servedBeforeNamesWereEncrypted(URL, MariaDb.USER, MariaDb.PASSWORD);
			prepared = true;
		}
		registry.add("HALLFLOW_DB_URL", () -> URL);
	}

}
