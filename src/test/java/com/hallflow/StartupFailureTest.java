package com.hallflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.support.MariaDb;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts the real application in its own JVM the way an operator would, and checks that
 * the two first-day mistakes end in one clear line and a non-zero exit code, not in a
 * stack trace.
 */
class StartupFailureTest {

	/** 32 bytes in Base64, as an operator would generate them. */
	private static final String KEY = "c3RhcnR1cC10ZXN0LWtleS0zMi1ieXRlcy1sb25nISE=";

	@Test
	void an_unreachable_database_stops_the_start_with_one_clear_line() throws Exception {
		Result result = start(Map.of("HALLFLOW_DB_URL", "jdbc:mysql://127.0.0.1:1/hallflow?connectTimeout=1000",
				"HALLFLOW_DB_USER", "nobody", "HALLFLOW_DB_PASSWORD", "top-secret-db-password", "HALLFLOW_DATA_KEY",
				KEY, "HALLFLOW_DATA_HASH_KEY", KEY));

		assertThat(result.exitCode()).isNotZero();
		assertThat(result.output()).contains("Cannot connect to the database")
			.doesNotContain("\tat com.")
			.doesNotContain("top-secret-db-password");
	}

	@Test
	@ExtendWith(MariaDb.class)
	void an_empty_database_without_a_first_admin_is_refused_with_what_to_set() throws Exception {
		String database = MariaDb.DATABASE + "_bootstrap";
		createDatabase(database);
		try {
			Result result = start(Map.of("HALLFLOW_DB_URL", MariaDb.HOST_URL + database, "HALLFLOW_DB_USER",
					MariaDb.USER, "HALLFLOW_DB_PASSWORD", MariaDb.PASSWORD, "HALLFLOW_DATA_KEY", KEY,
					"HALLFLOW_DATA_HASH_KEY", KEY));

			assertThat(result.exitCode()).isNotZero();
			assertThat(result.output()).contains("set HALLFLOW_ADMIN_USER and HALLFLOW_ADMIN_PASSWORD")
				.doesNotContain("\tat com.");
		}
		finally {
			sql("DROP DATABASE IF EXISTS " + database);
		}
	}

	@Test
	@ExtendWith(MariaDb.class)
	void a_schema_change_the_database_refuses_stops_the_start_with_one_clear_line() throws Exception {
		String database = MariaDb.DATABASE + "_refused";
		createDatabase(database);
		// another application's table where HallFlow's first change creates its own
		sql("CREATE TABLE " + database + ".audit_event (id INT PRIMARY KEY)");
		try {
			Result result = start(Map.of("HALLFLOW_DB_URL", MariaDb.HOST_URL + database, "HALLFLOW_DB_USER",
					MariaDb.USER, "HALLFLOW_DB_PASSWORD", MariaDb.PASSWORD, "HALLFLOW_DATA_KEY", KEY,
					"HALLFLOW_DATA_HASH_KEY", KEY, "HALLFLOW_ADMIN_USER", "first-admin", "HALLFLOW_ADMIN_PASSWORD",
					"lantern-quay-4817"));

			assertThat(result.exitCode()).isNotZero();
			assertThat(result.output())
				.contains("The database schema could not be updated: Migration failed for changeset "
						+ "db/changelog/changes/0001_base_audit.yaml::0001-audit-event::hallflow: "
						+ "Table 'audit_event' already exists")
				.doesNotContain("\tat ");
		}
		finally {
			sql("DROP DATABASE IF EXISTS " + database);
		}
	}

	/** An empty database of that name, dropped first if a stopped run left it behind. */
	private static void createDatabase(String name) throws SQLException {
		sql("DROP DATABASE IF EXISTS " + name);
		sql("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
	}

	private static void sql(String statement) throws SQLException {
		try (Connection c = DriverManager.getConnection(MariaDb.HOST_URL, MariaDb.USER, MariaDb.PASSWORD);
				Statement s = c.createStatement()) {
			s.execute(statement);
		}
	}

	private static Result start(Map<String, String> environment) throws IOException, InterruptedException {
		Path log = Files.createTempFile("hallflow-start", ".log");
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-cp",
						applicationClasspath(), HallFlowApplication.class.getName(), "--spring.profiles.active=mysql",
						"--server.port=0", "--spring.main.banner-mode=off"));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().keySet().removeIf(k -> k.startsWith("HALLFLOW_"));
		builder.environment().putAll(environment);
		Process process = builder.start();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("the application neither started nor stopped within 120 s");
		}
		String output = Files.readString(log, StandardCharsets.UTF_8);
		Files.delete(log);
		return new Result(process.exitValue(), output);
	}

	/**
	 * The test class path without the working directory, which would add db/ a second
	 * time.
	 */
	static String applicationClasspath() {
		Path workingDirectory = Path.of("").toAbsolutePath();
		return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter(entry -> !entry.isBlank() && !Path.of(entry).toAbsolutePath().equals(workingDirectory))
			.collect(Collectors.joining(File.pathSeparator));
	}

	private record Result(int exitCode, String output) {
	}

}
