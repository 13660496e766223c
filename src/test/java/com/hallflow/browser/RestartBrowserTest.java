package com.hallflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.HallFlowApplication;
import com.hallflow.support.Browser;
import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.util.FileSystemUtils;

/**
 * The server goes away in the middle of a session: the application runs in its own JVM on
 * the embedded file database; a clerk advances three steps; the JVM stops and starts
 * again; the same URL continues at the fourth step with the values entered before.
 */
@ExtendWith(Browser.class)
class RestartBrowserTest {

	private Path home;

	private Process app;

	private Browser browser;

	@AfterEach
	void stopEverything() throws Exception {
		if (browser != null) {
			browser.screenshot("restart");
			browser.close();
		}
		stop();
		if (home != null) {
			FileSystemUtils.deleteRecursively(home);
		}
	}

	@Test
	void after_a_restart_the_session_url_continues_at_the_same_step_with_the_values_kept() throws Exception {
		home = Files.createTempDirectory("hallflow-restart");
		int port = freePort();
		String base = "http://localhost:" + port + "/";
		start(port);
		browser = Browser.start("zh-CN");
		Counter counter = new Counter(browser, base);
		counter.signIn("clerk", "hallflow-demo");
		counter.start("PLAN_CHANGE", "13900001234");
		counter.next();
		browser.type("input-mobile", "13900001234");
		counter.yesNo("suspended", "否");
		counter.next();
		browser.waitForText("讲解变更内容");
		browser.choose("input-newPlan", "畅享 129 元套餐");
		counter.yesNo("accepted", "是");
		counter.next();
		browser.waitForText("验证服务密码");
		String sessionUrl = browser.driver().getCurrentUrl();

		stop();
		start(port);

		counter.signIn("clerk", "hallflow-demo");
		browser.open(sessionUrl);
		browser.waitForText("验证服务密码");
		// the demo's clerk works at 广州天河营业厅, where 套餐变更 version 2 (其他需求 left
		// out) is piloted: nine steps, one fewer than version 1
		assertThat(browser.byId("progress").getText()).isEqualTo("第 5 步，共 9 步");
		String path = browser.byId("path").getText();
		assertThat(path).contains("迎宾问候", "查询号码状态", "139****1234", "讲解变更内容", "畅享 129 元套餐")
			.doesNotContain("13900001234");
		counter.yesNo("passwordOk", "是");
		counter.next();
		browser.waitForText("办理变更");
	}

	private void start(int port) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-cp",
						applicationClasspath(), HallFlowApplication.class.getName(), "--spring.profiles.active=demo",
						"--server.port=" + port, "--spring.main.banner-mode=off",
						"--spring.datasource.url=jdbc:h2:file:" + home.resolve("hallflow") + ";MODE=MySQL",
						"--vaadin.launch-browser=false", "--hallflow.demo.history-days=0"));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("app.log").toFile()));
		builder.environment().keySet().removeIf(k -> k.startsWith("HALLFLOW_"));
		app = builder.start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
		while (System.nanoTime() < deadline) {
			if (!app.isAlive()) {
				throw new AssertionError("the application stopped: " + Files.readString(home.resolve("app.log")));
			}
			// ready only after start-up work (the demo data) is done, not as soon as the
			// port answers
			if (answers("http://localhost:" + port + "/actuator/health/readiness")) {
				return;
			}
			Thread.sleep(500);
		}
		throw new AssertionError("the application was not ready within 180 s");
	}

	/**
	 * Stops the JVM the way an operator's service manager does (SIGTERM) and waits for it
	 * to end.
	 */
	private void stop() throws InterruptedException {
		if (app != null && app.isAlive()) {
			app.destroy();
			if (!app.waitFor(60, TimeUnit.SECONDS)) {
				app.destroyForcibly().waitFor();
			}
		}
		app = null;
	}

	private static boolean answers(String url) {
		try {
			HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
			connection.setConnectTimeout(1000);
			connection.setReadTimeout(5000);
			return connection.getResponseCode() == 200;
		}
		catch (IOException notYet) {
			return false;
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/**
	 * The application's class path: without the test classes and the working directory.
	 */
	private static String applicationClasspath() {
		Path workingDirectory = Path.of("").toAbsolutePath();
		return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter(entry -> !entry.isBlank())
			.filter(entry -> !Path.of(entry).toAbsolutePath().equals(workingDirectory))
			.filter(entry -> !Path.of(entry).toAbsolutePath().endsWith(Path.of("target", "test-classes")))
			.collect(Collectors.joining(File.pathSeparator));
	}

}
