package com.hallflow.bench;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cluster benchmark's hands on the cluster: {@code cluster/cluster.sh} of the
 * repository the jar was built in, HAProxy's statistics, the Galera nodes' state and
 * logs.
 */
final class ClusterControl {

	static final String DB = "jdbc:mysql://127.0.0.1:4300/hallflow?useUnicode=true&characterEncoding=utf8";

	static final String DB_USER = "hallflow";

	static final String DB_PASSWORD = "hallflow-cluster";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final Path repo;

	private final Path jar;

	private final Path dir;

	ClusterControl(Path jar) {
		this.jar = jar.toAbsolutePath();
		this.repo = this.jar.getParent().getParent();
		this.dir = repo.resolve("target/cluster");
	}

	Path repo() {
		return repo;
	}

	/**
	 * Runs {@code cluster.sh} with these arguments, its output shown; fails on failure.
	 */
	void script(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("bash", repo.resolve("cluster/cluster.sh").toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).inheritIO();
		builder.environment().put("HALLFLOW_CLUSTER_JAR", jar.toString());
		builder.environment().put("HALLFLOW_CLUSTER_DIR", dir.toString());
		int exit = builder.start().waitFor();
		if (exit != 0) {
			throw new IllegalStateException("cluster.sh " + String.join(" ", args) + " exited with " + exit);
		}
	}

	/**
	 * The Galera node HAProxy's database listener sends connections to now: the one up
	 * with the most current sessions (the writer is the only one that has any).
	 */
	int writer() throws IOException, InterruptedException {
		String csv = get("http://127.0.0.1:8404/;csv");
		int best = 0;
		long most = -1;
		for (String line : csv.split("\n")) {
			String[] f = line.split(",", -1);
			if (f.length > 17 && f[0].equals("galera") && f[1].startsWith("db") && f[17].startsWith("UP")) {
				long current = Long.parseLong(f[4].isEmpty() ? "0" : f[4]);
				if (current > most) {
					most = current;
					best = Integer.parseInt(f[1].substring(2));
				}
			}
		}
		if (best == 0) {
			throw new IllegalStateException("no Galera node up in HAProxy's statistics:\n" + csv);
		}
		return best;
	}

	/** The Galera node's cluster size and state, e.g. "3 Synced", or what refused it. */
	static String galeraState(int node) {
		String url = "jdbc:mysql://127.0.0.1:" + (4305 + node) + "/?connectTimeout=2000&socketTimeout=5000";
		try (Connection c = DriverManager.getConnection(url, DB_USER, DB_PASSWORD);
				Statement s = c.createStatement();
				ResultSet r = s.executeQuery("select group_concat(variable_value order by variable_name"
						+ " separator ' ') from information_schema.global_status where variable_name in"
						+ " ('wsrep_cluster_size', 'wsrep_local_state_comment')")) {
			r.next();
			return r.getString(1);
		}
		catch (SQLException e) {
			return "unreachable (" + e.getMessage() + ")";
		}
	}

	static boolean ready(int port) {
		try {
			return HTTP
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
					.timeout(Duration.ofSeconds(3))
					.build(), HttpResponse.BodyHandlers.discarding())
				.statusCode() == 200;
		}
		catch (IOException e) {
			return false;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * Waits (at most this long) until every Galera node says cluster size 3 and Synced
	 * and every app node is ready; answers what each said last.
	 */
	String whole(int apps, long withinMs) {
		long until = System.currentTimeMillis() + withinMs;
		while (true) {
			StringBuilder said = new StringBuilder();
			boolean whole = true;
			for (int n = 1; n <= 3; n++) {
				String state = galeraState(n);
				whole &= state.equals("3 Synced");
				said.append("db").append(n).append(": ").append(state).append("; ");
			}
			for (int n = 1; n <= apps; n++) {
				boolean ready = ready(8180 + n);
				whole &= ready;
				said.append("app").append(n).append(ready ? ": ready; " : ": not ready; ");
			}
			if (whole || System.currentTimeMillis() > until) {
				return (whole ? "whole: " : "NOT whole: ") + said;
			}
			ClusterClerk.pause(1000);
		}
	}

	long errorLogLength(int node) throws IOException {
		Path log = dir.resolve("db" + node + "/error.log");
		return Files.exists(log) ? Files.size(log) : 0;
	}

	/**
	 * How the node rejoined, from what its error log says after this offset: IST (with
	 * the number of write sets) or SST.
	 */
	String rejoin(int node, long from) throws IOException {
		byte[] all = Files.readAllBytes(dir.resolve("db" + node + "/error.log"));
		String log = new String(all, (int) Math.min(from, all.length), (int) Math.max(0, all.length - from),
				StandardCharsets.UTF_8);
		Matcher ist = Pattern.compile("Receiving IST: (\\d+) writesets, seqnos (\\S+)").matcher(log);
		String events = ist.find() ? ist.group(1) + " write sets, seqnos " + ist.group(2) : "";
		String recovered = log.lines()
			.filter(l -> l.contains("Recovered position from storage"))
			.map(l -> l.replaceFirst("^.*WSREP: ", ""))
			.findFirst()
			.orElse("");
		// a joiner always runs the SST script; the donor answers it with IST when its
		// gcache still holds what the joiner misses, and only then is no data copied
		if (log.contains("mariabackup SST completed on joiner")) {
			return "SST: a full copy from a donor (" + recovered + ")";
		}
		if (!events.isEmpty()) {
			return "IST: " + events + " (" + recovered + ")";
		}
		return "unknown: neither SST nor IST in " + dir.resolve("db" + node + "/error.log");
	}

	static String get(String url) throws IOException, InterruptedException {
		return HTTP
			.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
	}

}
