package com.hallflow.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.util.FileSystemUtils;

/**
 * The production jar the build made, started as its own process on the embedded default
 * (a fresh database in its own folder), as a person would run it.
 */
public final class JarProcess implements AutoCloseable {

	private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

	private final Process process;

	private final int port;

	private final Path log;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private JarProcess(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/**
	 * The jar the build made: named by the {@code hallflow.jar} system property the
	 * integration-test run sets.
	 */
	public static Path builtJar() {
		String jar = System.getProperty("hallflow.jar");
		if (jar == null || !Files.isRegularFile(Path.of(jar))) {
			throw new IllegalStateException("no production jar (hallflow.jar=" + jar
					+ "): this test runs in the integration-test phase of ./mvnw verify, after package");
		}
		return Path.of(jar);
	}

	/** Starts the jar in an empty {@code work} folder and waits until it is UP. */
	public static JarProcess start(Path jar, Path work, String... arguments) throws Exception {
		FileSystemUtils.deleteRecursively(work);
		Files.createDirectories(work);
		int port = freePort();
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
						"-jar", jar.toAbsolutePath().toString(), "--server.port=" + port));
		command.addAll(List.of(arguments));
		Path log = work.resolve("app.log");
		Process process = new ProcessBuilder(command).directory(work.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		JarProcess app = new JarProcess(process, port, log);
		app.waitUntilUp();
		return app;
	}

	public String baseUrl() {
		return "http://localhost:" + port + "/";
	}

	/** An HTTP call to the JSON API as this user; the answer's body. */
	public String api(String method, String path, String user, String password, String body) throws Exception {
		String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(30))
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody()
							: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() >= 300) {
			throw new IllegalStateException(
					method + " " + path + " answered " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

	private void waitUntilUp() throws Exception {
		HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "actuator/health"))
			.timeout(Duration.ofSeconds(2))
			.build();
		long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the jar exited: " + tail());
			}
			try {
				HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
				if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
					return;
				}
			}
			catch (IOException notYet) {
				// the port is not open yet
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("the jar was not UP within " + READY_TIMEOUT + ": " + tail());
	}

	private String tail() throws IOException {
		List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
	}

	@Override
	public void close() throws Exception {
		process.destroy();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
	}

	/** A port nothing listens on now. */
	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
