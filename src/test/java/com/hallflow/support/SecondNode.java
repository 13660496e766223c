package com.hallflow.support;

import com.hallflow.HallFlowApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A second application context on the test's database, as another node of the same
 * deployment would run: same profiles and database settings, its own caches. The caller
 * closes it; the caller's sign-in survives its start.
 */
public final class SecondNode {

	private SecondNode() {
	}

	public static ConfigurableApplicationContext start(Environment environment) {
		return start(environment, null);
	}

	/**
	 * A second node that reaches the database at {@code databaseUrl} (e.g. through a
	 * proxy).
	 */
	public static ConfigurableApplicationContext start(Environment environment, String databaseUrl) {
		return start(environment, databaseUrl, List.of());
	}

	/** A second node with settings of its own ({@code name=value}) on top. */
	public static ConfigurableApplicationContext start(Environment environment, String databaseUrl,
			List<String> settings) {
		SecurityContext signedIn = SecurityContextHolder.getContext();
		List<String> properties = new ArrayList<>(List.of(
				"spring.datasource.url="
						+ (databaseUrl != null ? databaseUrl : environment.getProperty("spring.datasource.url")),
				"spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
				"spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
				"spring.jmx.enabled=false", "server.port=0"));
		for (String setting : List.of("HALLFLOW_DB_URL", "HALLFLOW_DB_USER", "HALLFLOW_DB_PASSWORD")) {
			if (databaseUrl != null && setting.equals("HALLFLOW_DB_URL")) {
				properties.add(setting + "=" + databaseUrl);
			}
			else if (environment.getProperty(setting) != null) {
				properties.add(setting + "=" + environment.getProperty(setting));
			}
		}
		properties.addAll(settings);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(HallFlowApplication.class)
			.web(WebApplicationType.SERVLET)
			.profiles(environment.getActiveProfiles())
			.properties(properties.toArray(String[]::new))
			.run();
		SecurityContextHolder.setContext(signedIn);
		return context;
	}

}
