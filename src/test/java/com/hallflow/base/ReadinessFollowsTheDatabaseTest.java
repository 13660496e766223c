package com.hallflow.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.support.MariaDb;
import com.hallflow.support.MariaDbTest;
import com.hallflow.support.SecondNode;
import com.hallflow.support.TcpProxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A node whose line to MariaDB drops says so on its readiness probe within 5 s, answers
 * every probe within 1 s meanwhile, and says it is ready again within 5 s of the line's
 * return, so a load balancer sends clerks only to nodes that can serve them.
 */
@MariaDbTest
class ReadinessFollowsTheDatabaseTest {

	private static final long WITHIN_MS = 5000;

	@Autowired
	Environment environment;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	private final List<Long> answerMs = new ArrayList<>();

	@Test
	void readiness_goes_down_with_the_database_and_up_when_it_is_back_and_every_probe_answers_at_once()
			throws Exception {
		// a second node installs its own (static) security context strategy: give this
		// JVM's back afterwards
		SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
		try (TcpProxy proxy = TcpProxy.to("127.0.0.1", 3306);
				ConfigurableApplicationContext node = SecondNode.start(environment, MariaDb.urlOnPort(proxy.port()))) {
			String base = "http://127.0.0.1:" + node.getEnvironment().getProperty("local.server.port");
			assertThat(status(base + "/actuator/health/readiness")).isEqualTo(200);

			proxy.cut();
			long cutAt = System.nanoTime();
			long downAfter = waitFor(base + "/actuator/health/readiness", 503, cutAt);
			assertThat(status(base + "/actuator/health")).isEqualTo(503);
			assertThat(status(base + "/actuator/health/liveness")).as("the node itself lives").isEqualTo(200);

			proxy.restore();
			long upAfter = waitFor(base + "/actuator/health/readiness", 200, System.nanoTime());

			System.out.printf("readiness DOWN after %d ms, UP again after %d ms, slowest probe %d ms%n", downAfter,
					upAfter, answerMs.stream().mapToLong(Long::longValue).max().orElse(0));
			assertThat(downAfter).as("ms until readiness is DOWN").isLessThan(WITHIN_MS);
			assertThat(upAfter).as("ms until readiness is UP again").isLessThan(WITHIN_MS);
			assertThat(answerMs).as("ms each probe took").allSatisfy(ms -> assertThat(ms).isLessThan(1000));
		}
		finally {
			SecurityContextHolder.setContextHolderStrategy(strategy);
		}
	}

	/** Asks every 200 ms until the probe answers this status; the ms it took. */
	private long waitFor(String url, int wanted, long since) throws Exception {
		while ((System.nanoTime() - since) / 1_000_000 < 3 * WITHIN_MS) {
			if (status(url) == wanted) {
				return (System.nanoTime() - since) / 1_000_000;
			}
			Thread.sleep(200);
		}
		return Long.MAX_VALUE;
	}

	private int status(String url) throws Exception {
		long started = System.nanoTime();
		HttpResponse<Void> answer = http.send(
				HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
				HttpResponse.BodyHandlers.discarding());
		answerMs.add((System.nanoTime() - started) / 1_000_000);
		return answer.statusCode();
	}

}
