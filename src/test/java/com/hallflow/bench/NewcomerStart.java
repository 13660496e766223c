package com.hallflow.bench;

import com.hallflow.support.JarProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.util.FileSystemUtils;

/**
 * What a newcomer lives through: a fresh clone of the repository's last commit, the
 * README's run command ({@code ./mvnw spring-boot:run}, Maven's dependencies already
 * downloaded), the sign-in page, then Ctrl-C.
 *
 * <p>
 * RESULT newcomer_first_page_s (clone to the first answer of the sign-in page),
 * newcomer_demo_ready (1 when the demo logins work the moment that page is served),
 * newcomer_stop_exit (the exit code after Ctrl-C; 0 is clean), newcomer_stop_failures
 * (lines saying BUILD FAILURE or ERROR in what the command printed).
 */
final class NewcomerStart {

	private static final Duration FIRST_PAGE_TIMEOUT = Duration.ofMinutes(5);

	private final Path repository;

	private final Path work;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	NewcomerStart(Path repository, Path work) {
		this.repository = repository;
		this.work = work;
	}

	void run() throws Exception {
		FileSystemUtils.deleteRecursively(work);
		Files.createDirectories(work);
		Path clone = work.resolve("hallflow");
		Path log = work.resolve("run.log");
		int port = JarProcess.freePort();
		long started = System.nanoTime();
		exec(List.of("git", "clone", "-q", repository.toString(), clone.toString()));
		// setsid: the command leads its own process group, which Ctrl-C reaches as a
		// whole
		Process run = new ProcessBuilder("setsid", "./mvnw", "-B", "spring-boot:run",
				"-Dspring-boot.run.arguments=--server.port=" + port)
			.directory(clone.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		try {
			waitForSignInPage(port, run, log);
			double firstPage = (System.nanoTime() - started) / 1e9;
			boolean demoReady = clerkSignsIn(port);
			new ProcessBuilder("kill", "-INT", "--", "-" + run.pid()).start().waitFor();
			if (!run.waitFor(60, TimeUnit.SECONDS)) {
				throw new IllegalStateException("the run command did not stop on Ctrl-C; see " + log);
			}
			long failures = Files.readAllLines(log, StandardCharsets.UTF_8)
				.stream()
				.filter(line -> line.contains("BUILD FAILURE") || line.contains(" ERROR "))
				.count();
			System.out.printf("RESULT newcomer_first_page_s=%.1f%n", firstPage);
			System.out.printf("RESULT newcomer_demo_ready=%d%n", demoReady ? 1 : 0);
			System.out.printf("RESULT newcomer_stop_exit=%d%n", run.exitValue());
			System.out.printf("RESULT newcomer_stop_failures=%d%n", failures);
		}
		finally {
			if (run.isAlive()) {
				new ProcessBuilder("kill", "-KILL", "--", "-" + run.pid()).start().waitFor();
			}
		}
	}

	private void waitForSignInPage(int port, Process run, Path log) throws Exception {
		HttpRequest page = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
			.timeout(Duration.ofSeconds(5))
			.build();
		long deadline = System.nanoTime() + FIRST_PAGE_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!run.isAlive()) {
				throw new IllegalStateException("the run command exited; see " + log);
			}
			try {
				if (http.send(page, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// the port is not open yet
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("no sign-in page within " + FIRST_PAGE_TIMEOUT + "; see " + log);
	}

	/** The demo clerk's password works over the API (the same accounts as the form). */
	private boolean clerkSignsIn(int port) throws Exception {
		String basic = Base64.getEncoder().encodeToString("clerk:hallflow-demo".getBytes(StandardCharsets.UTF_8));
		HttpRequest me = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/me"))
			.header("Authorization", "Basic " + basic)
			.timeout(Duration.ofSeconds(5))
			.build();
		return http.send(me, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
	}

	private void exec(List<String> command) throws Exception {
		Process process = new ProcessBuilder(command).directory(work.toFile()).inheritIO().start();
		if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
			throw new IllegalStateException("failed: " + command);
		}
	}

}
