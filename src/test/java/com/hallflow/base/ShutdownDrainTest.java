package com.hallflow.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.support.H2Test;
import com.hallflow.support.SecondNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A node asked to stop behind a load balancer says "not ready" at once and keeps
 * answering for {@code hallflow.shutdown.drain}, so the balancer's health check (every
 * second, two failures: cluster/haproxy.cfg.in) takes it out of rotation before its port
 * closes; only then does it stop taking requests.
 */
@H2Test
class ShutdownDrainTest {

	private static final long DRAIN_MS = 3000;

	@Autowired
	private Environment environment;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	@Test
	void a_stopping_node_is_not_ready_but_still_answers_while_it_drains_then_closes() throws Exception {
		SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
		try {
			ConfigurableApplicationContext node = SecondNode.start(environment, null,
					List.of("HALLFLOW_SHUTDOWN_DRAIN=" + DRAIN_MS + "ms"));
			String base = "http://127.0.0.1:" + node.getEnvironment().getProperty("local.server.port");
			assertThat(status(base + "/actuator/health/readiness")).isEqualTo(200);

			long asked = System.nanoTime();
			Thread closing = new Thread(node::close, "closing-node");
			closing.start();
			long notReadyAfter = -1;
			while (elapsedMs(asked) < DRAIN_MS - 1000) {
				int readiness = status(base + "/actuator/health/readiness");
				if (readiness == 503 && notReadyAfter < 0) {
					notReadyAfter = elapsedMs(asked);
				}
				Thread.sleep(100);
			}
			assertThat(notReadyAfter).as("ms until readiness said not ready").isBetween(0L, 1000L);
			assertThat(status(base + "/actuator/health/liveness"))
				.as("still answering %d ms after the stop", elapsedMs(asked))
				.isEqualTo(200);
			closing.join(30_000);
			assertThat(elapsedMs(asked)).as("ms the stop took").isGreaterThanOrEqualTo(DRAIN_MS);
			assertThat(status(base + "/actuator/health/liveness")).as("the port is closed").isEqualTo(-1);
		}
		finally {
			SecurityContextHolder.setContextHolderStrategy(strategy);
		}
	}

	private static long elapsedMs(long since) {
		return (System.nanoTime() - since) / 1_000_000;
	}

	/** The status of a GET, or -1 when the node does not take the connection. */
	private int status(String url) {
		try {
			return http
				.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
						HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		catch (IOException e) {
			return -1;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

}
