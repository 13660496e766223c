package com.hallflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.flowdesign.StandardFlows;
import com.hallflow.support.JarProcess;
import com.hallflow.support.MariaDb;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Three nodes of one deployment, each its own JVM running the production jar, started at
 * the same moment on one MariaDB schema, as a first roll-out behind a load balancer does:
 * all become ready, Liquibase applies each changeset once and lets go of its lock, and
 * the first data is there once. Rounds: {@code -Dhallflow.first-start.rounds=N} (default
 * 1, to keep CI within its time; ten before a release).
 */
@ExtendWith(MariaDb.class)
class ConcurrentFirstStartIT {

	private static final int NODES = 3;

	private static final int ROUNDS = Integer.getInteger("hallflow.first-start.rounds", 1);

	private static final String DATABASE = MariaDb.DATABASE + "_nodes";

	private static final String URL = MariaDb.HOST_URL + DATABASE + "?useUnicode=true&characterEncoding=UTF-8";

	/** 32 bytes in Base64, as an operator would generate them. */
	private static final String KEY = "Y29uY3VycmVudC1maXJzdC1zdGFydC0zMi1ieXRlcyE=";

	private static final Map<String, String> DATABASE_SETTINGS = Map.of("HALLFLOW_DB_URL", URL, "HALLFLOW_DB_USER",
			MariaDb.USER, "HALLFLOW_DB_PASSWORD", MariaDb.PASSWORD, "HALLFLOW_DATA_KEY", KEY, "HALLFLOW_DATA_HASH_KEY",
			KEY);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@AfterEach
	void dropTheDatabase() throws SQLException {
		sql("DROP DATABASE IF EXISTS " + DATABASE);
	}

	@Test
	void three_nodes_started_at_once_on_an_empty_schema_all_become_ready_and_build_it_once() throws Exception {
		List<String> failures = new ArrayList<>();
		for (int round = 1; round <= ROUNDS; round++) {
			sql("DROP DATABASE IF EXISTS " + DATABASE);
			failures.addAll(startAtOnce(round, withFirstAdmin(), "mysql", ConcurrentFirstStartIT::emptySchema));
			assertSchemaBuiltOnce();
			assertThat(count("SELECT COUNT(*) FROM app_user WHERE role = 'HQ_ADMIN'")).as("admins").isEqualTo(1);
		}
		assertThat(failures).as("nodes that did not become ready in %d rounds", ROUNDS).isEmpty();
	}

	/**
	 * The first admin's own race: the operator forgot HALLFLOW_ADMIN_USER, every node
	 * refused to start after building the schema, and all are started again together.
	 */
	@Test
	void three_nodes_started_at_once_on_a_schema_without_accounts_create_one_first_admin() throws Exception {
		List<String> failures = new ArrayList<>();
		for (int round = 1; round <= ROUNDS; round++) {
			schemaWithoutAccounts();
			failures.addAll(startAtOnce(round, withFirstAdmin(), "mysql"));
			assertThat(count("SELECT COUNT(*) FROM app_user")).as("accounts").isEqualTo(1);
			assertThat(count("SELECT COUNT(*) FROM audit_event WHERE action = 'USER_CREATED'"))
				.as("audit entries of the first admin")
				.isEqualTo(1);
		}
		assertThat(failures).as("nodes that did not become ready in %d rounds", ROUNDS).isEmpty();
	}

	@Test
	void three_demo_nodes_started_at_once_load_the_demo_and_publish_the_standard_flows_once() throws Exception {
		List<String> failures = new ArrayList<>();
		for (int round = 1; round <= ROUNDS; round++) {
			schemaWithoutAccounts();
			failures.addAll(startAtOnce(round, Map.of("HALLFLOW_DEMO_HISTORY_DAYS", "0"), "demo,mysql"));
			assertThat(count("SELECT COUNT(*) FROM app_user WHERE role = 'HQ_ADMIN'")).as("admins").isEqualTo(1);
			assertThat(count("SELECT COUNT(*) FROM region")).as("regions").isEqualTo(5);
			assertThat(count("SELECT COUNT(*) FROM flow_version")).as("published versions")
				.isEqualTo(StandardFlows.keys().size() + 1L); // and the demo's 套餐变更
																// version 2, once
			assertThat(count("SELECT COUNT(*) FROM flow_overlay")).as("Guangdong's overlay").isEqualTo(1);
			assertThat(count("SELECT COUNT(*) FROM flow_rollout")).as("the pilot of 套餐变更 version 2").isEqualTo(1);
			assertThat(count("SELECT COUNT(*) FROM vas_package")).as("packages").isEqualTo(3);
		}
		assertThat(failures).as("nodes that did not become ready in %d rounds", ROUNDS).isEmpty();
	}

	private static Map<String, String> withFirstAdmin() {
		return Map.of("HALLFLOW_ADMIN_USER", "first-admin", "HALLFLOW_ADMIN_PASSWORD", "lantern-quay-4817");
	}

	private static void emptySchema() throws SQLException {
		sql("DROP DATABASE IF EXISTS " + DATABASE);
		sql("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
	}

	/** One node builds the schema and, without a first admin set, refuses to go on. */
	private void schemaWithoutAccounts() throws Exception {
		emptySchema();
		Node node = Node.start(Map.of(), "mysql");
		assertThat(node.process.waitFor(3, TimeUnit.MINUTES)).as("the preparing node stopped").isTrue();
		node.close();
		assertThat(count("SELECT COUNT(*) FROM DATABASECHANGELOG")).isPositive();
	}

	private List<String> startAtOnce(int round, Map<String, String> settings, String profiles) throws Exception {
		return startAtOnce(round, settings, profiles, () -> {
		});
	}

	/**
	 * Starts three nodes at once; what kept any of them from becoming ready. Each node
	 * waits for its database to answer (they start seconds apart on a busy machine), and
	 * {@code onceAllWait} runs when all do: creating the schema there lets them go on
	 * within a second of one another.
	 */
	private List<String> startAtOnce(int round, Map<String, String> settings, String profiles, SqlAction onceAllWait)
			throws Exception {
		List<Node> nodes = new ArrayList<>();
		for (int i = 0; i < NODES; i++) {
			nodes.add(Node.start(settings, profiles));
		}
		for (Node node : nodes) {
			node.awaitConnecting();
		}
		onceAllWait.run();
		ExecutorService watchers = Executors.newFixedThreadPool(NODES);
		List<String> failures = new ArrayList<>();
		try {
			List<Future<String>> readiness = new ArrayList<>();
			for (Node node : nodes) {
				readiness.add(watchers.submit(() -> awaitReady(node)));
			}
			for (Future<String> ready : readiness) {
				String failure = ready.get();
				if (failure != null) {
					failures.add("round " + round + ": " + failure);
				}
			}
		}
		finally {
			watchers.shutdownNow();
			for (Node node : nodes) {
				node.close();
			}
		}
		return failures;
	}

	/** Null once the node is ready; otherwise why not. */
	private String awaitReady(Node node) throws Exception {
		HttpRequest readiness = HttpRequest
			.newBuilder(URI.create("http://localhost:" + node.port + "/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(2))
			.build();
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
		while (System.nanoTime() < deadline) {
			if (!node.process.isAlive()) {
				return "exited with " + node.process.exitValue() + ": " + node.reason();
			}
			try {
				if (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return null;
				}
			}
			catch (IOException notYet) {
				// the port is not open yet
			}
			Thread.sleep(250);
		}
		return "not ready within 3 minutes";
	}

	private static void assertSchemaBuiltOnce() throws SQLException {
		assertThat(count("SELECT COUNT(*) - COUNT(DISTINCT id, author, filename) FROM DATABASECHANGELOG"))
			.as("changesets applied more than once")
			.isZero();
		assertThat(count("SELECT COUNT(*) FROM DATABASECHANGELOGLOCK WHERE locked")).as("Liquibase's lock held")
			.isZero();
	}

	private interface SqlAction {

		void run() throws SQLException;

	}

	private static void sql(String statement) throws SQLException {
		try (Connection c = DriverManager.getConnection(MariaDb.HOST_URL, MariaDb.USER, MariaDb.PASSWORD);
				Statement s = c.createStatement()) {
			s.execute(statement);
		}
	}

	private static long count(String query) throws SQLException {
		try (Connection c = DriverManager.getConnection(URL, MariaDb.USER, MariaDb.PASSWORD);
				Statement s = c.createStatement();
				ResultSet rows = s.executeQuery(query)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	/**
	 * One node: the production jar when the build made one, otherwise the application on
	 * the test class path (to run this class on its own, without packaging).
	 */
	private record Node(Process process, int port, Path log) implements AutoCloseable {

		static Node start(Map<String, String> settings, String profiles) throws Exception {
			int port = JarProcess.freePort();
			List<String> command = new ArrayList<>(
					List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
							"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx384m"));
			String jar = System.getProperty("hallflow.jar");
			if (jar != null && Files.isRegularFile(Path.of(jar))) {
				command.addAll(List.of("-jar", jar));
			}
			else {
				command.addAll(
						List.of("-cp", StartupFailureTest.applicationClasspath(), HallFlowApplication.class.getName()));
			}
			// keeps trying to reach the database, once a second, until it is there
			command.addAll(List.of("--spring.profiles.active=" + profiles, "--server.port=" + port,
					"--spring.main.banner-mode=off", "--spring.datasource.hikari.initialization-fail-timeout=180000"));
			Path log = Files.createTempFile("hallflow-node", ".log");
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
			builder.environment().keySet().removeIf(name -> name.startsWith("HALLFLOW_"));
			builder.environment().putAll(DATABASE_SETTINGS);
			builder.environment().putAll(settings);
			return new Node(builder.start(), port, log);
		}

		/** Returns once the node tries to reach its database, or has stopped. */
		void awaitConnecting() throws IOException, InterruptedException {
			long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
			while (process.isAlive() && System.nanoTime() < deadline
					&& !Files.readString(log, StandardCharsets.UTF_8).contains("HikariPool-1 - Starting...")) {
				Thread.sleep(100);
			}
		}

		/**
		 * The line a person would read first: the failure analysis, else the deepest
		 * cause of the last stack trace, else the first line naming an exception.
		 */
		String reason() throws IOException {
			List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
			int description = lines.indexOf("Description:");
			if (description >= 0 && description + 2 < lines.size()) {
				return lines.get(description + 2);
			}
			return lines.stream()
				.filter(line -> line.startsWith("Caused by: "))
				.reduce((first, last) -> last)
				.or(() -> lines.stream().filter(line -> line.contains("Exception")).findFirst())
				.orElse("(no output)");
		}

		@Override
		public void close() throws Exception {
			process.destroy();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
			Files.deleteIfExists(log);
		}

	}

}
