package com.hallflow.bench;

import com.hallflow.support.JarProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.util.FileSystemUtils;

/**
 * Starts the production jar on the embedded default the way README.md recommends
 * (extracted jar, class-data-sharing archive, the recommended JVM options) and measures
 * the time from launch to {@code /actuator/health} UP, and the resident memory once
 * started.
 *
 * <p>
 * RESULT ready_s (median of the measured starts), rss_mb (median), ready_max_s,
 * first_start_s (the training start that also creates the database and the demo data);
 * then what a newcomer lives through with the README's run command
 * ({@link NewcomerStart}).
 */
final class StartupBenchmark {

	/** Keep in step with README.md, section "Run in production". */
	static final List<String> RECOMMENDED_JVM_OPTIONS = List.of("-XX:SharedArchiveFile=hallflow.jsa",
			"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k", "-Xmx384m", "-XX:MaxMetaspaceSize=200m",
			"-XX:ReservedCodeCacheSize=64m");

	private static final int RUNS = 5;

	private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

	private final Path jar;

	private final Path work;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	StartupBenchmark(Path jar) {
		this.jar = jar.toAbsolutePath();
		this.work = jar.toAbsolutePath().getParent().resolve("bench-startup");
	}

	void run() throws Exception {
		FileSystemUtils.deleteRecursively(work);
		Files.createDirectories(work);
		exec(List.of(java(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", "app"));
		Path appJar = work.resolve("app").resolve(jar.getFileName());

		long trainingStart = System.nanoTime();
		exec(List.of(java(), "-XX:ArchiveClassesAtExit=hallflow.jsa", "-Dspring.context.exit=onRefresh", "-jar",
				appJar.toString(), "--server.port=0"));
		double firstStart = seconds(System.nanoTime() - trainingStart);

		List<Double> ready = new ArrayList<>();
		List<Double> rss = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			Measurement m = start(appJar);
			System.out.printf("run %d: ready %.2f s, rss %.0f MB%n", i + 1, m.readySeconds(), m.rssMb());
			ready.add(m.readySeconds());
			rss.add(m.rssMb());
		}
		System.out.printf("RESULT ready_s=%.2f%n", median(ready));
		System.out.printf("RESULT rss_mb=%.0f%n", median(rss));
		System.out.printf("RESULT ready_max_s=%.2f%n", Collections.max(ready));
		System.out.printf("RESULT first_start_s=%.2f%n", firstStart);
		// the repository the jar was built from: target/ is in its root
		new NewcomerStart(jar.getParent().getParent(), work.resolve("newcomer")).run();
	}

	private Measurement start(Path appJar) throws Exception {
		int port = JarProcess.freePort();
		List<String> command = new ArrayList<>();
		command.add(java());
		command.addAll(RECOMMENDED_JVM_OPTIONS);
		command.addAll(List.of("-jar", appJar.toString(), "--server.port=" + port));
		long launched = System.nanoTime();
		Process process = new ProcessBuilder(command).directory(work.toFile())
			.redirectErrorStream(true)
			.redirectOutput(work.resolve("app.log").toFile())
			.start();
		try {
			waitUntilUp(port, process);
			double readySeconds = seconds(System.nanoTime() - launched);
			Thread.sleep(3000);
			return new Measurement(readySeconds, rssMb(process.pid()));
		}
		finally {
			process.destroy();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}

	private void waitUntilUp(int port, Process process) throws Exception {
		HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
			.timeout(Duration.ofSeconds(2))
			.build();
		long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the application exited; see " + work.resolve("app.log"));
			}
			try {
				HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
					return;
				}
			}
			catch (IOException notYet) {
				// the port is not open yet
			}
			Thread.sleep(25);
		}
		throw new IllegalStateException("not UP within " + READY_TIMEOUT);
	}

	private static double rssMb(long pid) throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
			}
		}
		throw new IllegalStateException("no VmRSS for " + pid);
	}

	private void exec(List<String> command) throws Exception {
		Process process = new ProcessBuilder(command).directory(work.toFile())
			.redirectErrorStream(true)
			.redirectOutput(work.resolve("prepare.log").toFile())
			.start();
		if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
			throw new IllegalStateException("failed: " + command + "; see " + work.resolve("prepare.log"));
		}
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static double seconds(long nanos) {
		return nanos / 1e9;
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	private record Measurement(double readySeconds, double rssMb) {
	}

}
