package com.hallflow.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class against the local MariaDB (the CI stand-in for MySQL 8). The test
 * database is dropped and created once per JVM so every run starts from the Liquibase
 * changelog. Without MariaDB the class is skipped loudly, unless
 * HALLFLOW_REQUIRE_ALL=true, where it fails.
 */
public class MariaDb implements ExecutionCondition {

	/**
	 * {@code HALLFLOW_TEST_DB_PORT}, {@code _USER} and {@code _PASSWORD} point the tests
	 * at another server: the Maven profile {@code galera} runs them through the local
	 * cluster's HAProxy (docs/operations.md).
	 */
	public static final String PORT = System.getenv().getOrDefault("HALLFLOW_TEST_DB_PORT", "3306");

	public static final String HOST_URL = "jdbc:mysql://127.0.0.1:" + PORT + "/";

	public static final String USER = System.getenv().getOrDefault("HALLFLOW_TEST_DB_USER", "root");

	public static final String PASSWORD = System.getenv().getOrDefault("HALLFLOW_TEST_DB_PASSWORD", "");

	/**
	 * {@code HALLFLOW_TEST_DB} names another database, so two checkouts can run their
	 * tests at once.
	 */
	public static final String DATABASE = System.getenv().getOrDefault("HALLFLOW_TEST_DB", "hallflow_test");

	private static final String OPTIONS = "?useUnicode=true&characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";

	public static final String URL = HOST_URL + DATABASE + OPTIONS;

	/**
	 * {@link #URL} for Spring settings, which resolve the database name from the
	 * environment themselves.
	 */
	public static final String URL_SETTING = "jdbc:mysql://127.0.0.1:${HALLFLOW_TEST_DB_PORT:3306}/${HALLFLOW_TEST_DB:hallflow_test}"
			+ OPTIONS;

	private static Boolean prepared;

	/**
	 * The test database reached on another local port, e.g. through a {@link TcpProxy}.
	 */
	public static String urlOnPort(int port) {
		return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE + OPTIONS;
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		return prepare() ? ConditionEvaluationResult.enabled("MariaDB is reachable")
				: RequireAll.skipOrFail("MariaDB at " + HOST_URL + " is not reachable");
	}

	private static synchronized boolean prepare() {
		if (prepared == null) {
			try (Connection c = DriverManager.getConnection(HOST_URL + "?connectTimeout=2000", USER, PASSWORD);
					Statement s = c.createStatement()) {
				s.execute("DROP DATABASE IF EXISTS " + DATABASE);
				s.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
				prepared = true;
			}
			catch (SQLException e) {
				prepared = false;
			}
		}
		return prepared;
	}

}
