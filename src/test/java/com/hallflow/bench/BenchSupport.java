package com.hallflow.bench;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.hallflow.security.AppRoles;
import com.vaadin.flow.server.VaadinServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What the benchmarks share: a fresh MariaDB database, signing a clerk in, percentiles.
 */
final class BenchSupport {

	static final String MARIADB = "jdbc:mysql://127.0.0.1:3306/";

	private BenchSupport() {
	}

	/**
	 * Drops and creates the database; returns the JDBC URL the application should use.
	 */
	static String freshMariaDb(String database) throws SQLException {
		try (Connection c = DriverManager.getConnection(MARIADB, "root", ""); Statement s = c.createStatement()) {
			s.execute("DROP DATABASE IF EXISTS " + database);
			s.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
		}
		return MARIADB + database + "?useUnicode=true&characterEncoding=UTF-8&connectionTimeZone=UTC"
				+ "&forceConnectionTimeZoneToSession=true&nullCatalogMeansCurrent=true";
	}

	static void signInClerk(String username) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
					List.of(new SimpleGrantedAuthority("ROLE_" + AppRoles.BRANCH_STAFF))));
	}

	/**
	 * Signs the clerk in on Spring's side and on the faked request Vaadin's route access
	 * checks read.
	 */
	static void signInClerkToKaribu(String username) {
		signInClerk(username);
		FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
		request.setUserPrincipalInt(SecurityContextHolder.getContext().getAuthentication());
		request.setUserInRole((principal, role) -> AppRoles.BRANCH_STAFF.equals(role));
	}

	/**
	 * Spring's exclusion list for the Flowable auto-configurations on the bench class
	 * path, so a benchmark that is not about Flowable runs the application as it ships.
	 */
	static String withoutFlowable() throws IOException {
		List<String> names = new ArrayList<>();
		Enumeration<URL> imports = BenchSupport.class.getClassLoader()
			.getResources("META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports");
		for (URL url : Collections.list(imports)) {
			try (InputStream in = url.openStream()) {
				for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
					if (line.trim().startsWith("org.flowable.")) {
						names.add(line.trim());
					}
				}
			}
		}
		return "spring.autoconfigure.exclude=" + String.join(",", names);
	}

	/** The value at this fraction (0..1) of the sorted values, nearest rank. */
	static double percentile(List<Double> values, double fraction) {
		if (values.isEmpty()) {
			return Double.NaN;
		}
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int index = (int) Math.ceil(fraction * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

}
