package com.hallflow.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * HallFlow as a cluster ({@code cluster/cluster.sh up 2}: three Galera nodes, HAProxy,
 * two app nodes) with clerks in real headless Chromium serving 缴费 through HAProxy. After
 * a steady phase (throughput), the app node serving most clerks is killed (-9): its
 * clerks sign in again on the other node and reopen their session's address
 * (app_failover_resume_s: p95 over them of kill → their next acknowledged step). Later
 * the Galera writer is killed (-9): steps refused or lost meanwhile and pressed again
 * (db_node_loss_failed_steps). Both come back; the cluster must be whole again. Then
 * every acknowledged step is looked up in step_record (steps_lost, duplicate_steps), and
 * the same clerks run for the same time on one app node on the local MariaDB
 * (cluster_vs_single_throughput). {@code -Dbench.cluster.smoke=true}: 2 clerks, short
 * phases.
 */
final class ClusterBenchmark {

	private static final int SINGLE_PORT = 8199;

	private final ClusterControl cluster;

	private final Path jar;

	private final Path out;

	private final boolean smoke;

	private final List<String> users;

	private final long warmMs;

	private final long steadyMs;

	private final long dbPhaseMs;

	ClusterBenchmark(Path jar) {
		this.jar = jar.toAbsolutePath();
		this.cluster = new ClusterControl(jar);
		this.out = cluster.repo().resolve("target/cluster-bench");
		this.smoke = Boolean.getBoolean("bench.cluster.smoke")
				|| String.valueOf(System.getenv("MAVEN_CMD_LINE_ARGS")).contains("-Dbench.cluster.smoke=true");
		this.users = smoke ? List.of("clerk", "xh-gao") : List.of("clerk", "yx-zhou", "ft-zheng", "xh-gao");
		this.warmMs = smoke ? 10_000 : 20_000;
		this.steadyMs = smoke ? 20_000 : 60_000;
		this.dbPhaseMs = smoke ? 15_000 : 30_000;
	}

	void run() throws Exception {
		long started = System.currentTimeMillis();
		Files.createDirectories(out);
		System.out.printf("cluster benchmark%s: %d clerks, steady %d s%n", smoke ? " (smoke)" : "", users.size(),
				steadyMs / 1000);
		List<ClusterClerk> clerks = new ArrayList<>();
		List<Thread> threads = new ArrayList<>();
		double[] clusterRate;
		try {
			cluster.script("up", "2");
			say("cluster up after %.0f s", (System.currentTimeMillis() - started) / 1000.0);
			for (String user : users) {
				ClusterClerk clerk = new ClusterClerk(user, "http://127.0.0.1:8180/", out);
				clerks.add(clerk);
				Thread thread = new Thread(clerk, "clerk-" + user);
				threads.add(thread);
				thread.start();
			}
			waitSignedIn(clerks);
			ClusterClerk.pause(warmMs);
			long steadyFrom = System.currentTimeMillis();
			ClusterClerk.pause(steadyMs);
			clusterRate = rates(clerks, steadyFrom);
			say("steady: %.3f sessions/s, %.2f steps/s", clusterRate[0], clusterRate[1]);
			appFailover(clerks);
			dbFailover(clerks);
			stop(clerks, threads);
			checkRecords(clerks);
		}
		finally {
			stop(clerks, threads);
			cluster.script("down");
		}
		double[] singleRate = single();
		System.out.printf("RESULT cluster_sessions_per_s=%.3f%n", clusterRate[0]);
		System.out.printf("RESULT single_sessions_per_s=%.3f%n", singleRate[0]);
		System.out.printf("RESULT cluster_vs_single_throughput=%.2f%n", clusterRate[0] / singleRate[0]);
		System.out.printf("RESULT cluster_steps_per_s=%.2f%n", clusterRate[1]);
		System.out.printf("RESULT single_steps_per_s=%.2f%n", singleRate[1]);
		System.out.printf("RESULT cluster_vs_single_steps=%.2f%n", clusterRate[1] / singleRate[1]);
		System.out.printf("RESULT run_s=%.0f%n", (System.currentTimeMillis() - started) / 1000.0);
	}

	/**
	 * Kills the app node most clerks are on; waits until each of its clerks has had a
	 * step acknowledged again, then starts the node again.
	 */
	private void appFailover(List<ClusterClerk> clerks) throws Exception {
		Map<String, Integer> perNode = new HashMap<>();
		clerks.forEach(c -> perNode.merge(c.node, 1, Integer::sum));
		String victim = perNode.entrySet()
			.stream()
			.filter(e -> e.getKey().startsWith("app"))
			.max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
			.orElseThrow()
			.getKey();
		List<ClusterClerk> affected = clerks.stream().filter(c -> c.node.equals(victim)).toList();
		say("clerks per node %s; killing %s (%d clerks)", perNode, victim, affected.size());
		long killedAt = System.currentTimeMillis();
		cluster.script("kill-app", victim.substring(3));
		long until = killedAt + 120_000;
		while (System.currentTimeMillis() < until && affected.stream().anyMatch(c -> ackAfter(c, killedAt) < 0)) {
			ClusterClerk.pause(500);
		}
		List<Double> resume = new ArrayList<>();
		for (ClusterClerk c : affected) {
			long at = ackAfter(c, killedAt);
			resume.add(at < 0 ? Double.NaN : (at - killedAt) / 1000.0);
			say("%s: next step %s s after the kill, now on %s", c.username(),
					at < 0 ? "never (120 s)" : String.format("%.1f", (at - killedAt) / 1000.0), c.node);
		}
		recoveries(clerks, killedAt);
		ClusterClerk.pause(5_000);
		long restart = System.currentTimeMillis();
		cluster.script("start-app", victim.substring(3));
		say("%s started again in %.0f s (clerks at work)", victim, (System.currentTimeMillis() - restart) / 1000.0);
		System.out.printf("RESULT app_failover_clerks=%d%n", affected.size());
		System.out.printf("RESULT app_failover_resume_s=%.1f%n",
				resume.contains(Double.NaN) ? Double.NaN : BenchSupport.percentile(resume, 0.95));
		System.out.printf("RESULT app_failover_other_failed_steps=%d%n",
				clerks.stream()
					.filter(c -> !affected.contains(c))
					.mapToLong(c -> failedBetween(c, killedAt, restart))
					.sum());
	}

	/**
	 * Kills HAProxy's Galera writer, lets the clerks work for a while on the other two,
	 * starts it again and checks the cluster is whole.
	 */
	private void dbFailover(List<ClusterClerk> clerks) throws Exception {
		int writer = cluster.writer();
		long log = cluster.errorLogLength(writer);
		say("killing Galera writer db%d", writer);
		long killedAt = System.currentTimeMillis();
		cluster.script("kill-db", String.valueOf(writer));
		ClusterClerk.pause(dbPhaseMs);
		say("writer now db%d; starting db%d again", cluster.writer(), writer);
		cluster.script("start-db", String.valueOf(writer));
		long phaseEnd = System.currentTimeMillis();
		long failed = clerks.stream().mapToLong(c -> failedBetween(c, killedAt, phaseEnd)).sum();
		long all = clerks.stream().mapToLong(c -> attemptsBetween(c, killedAt, phaseEnd).size()).sum();
		say("db%d rejoined by %s", writer, cluster.rejoin(writer, log));
		say("cluster %s", cluster.whole(2, 60_000));
		recoveries(clerks, killedAt);
		clerks.forEach(c -> attemptsBetween(c, killedAt, phaseEnd).stream()
			.filter(a -> !a.outcome().equals("moved"))
			.forEach(a -> say("  %s at +%.1f s: %s", c.username(), (a.at() - killedAt) / 1000.0, a.outcome())));
		System.out.printf("RESULT db_node_loss_phase_s=%.0f%n", (phaseEnd - killedAt) / 1000.0);
		System.out.printf("RESULT db_node_loss_steps=%d%n", all);
		System.out.printf("RESULT db_node_loss_failed_steps=%d%n", failed);
		System.out.printf("RESULT db_node_loss_failed_pct=%.1f%n", all == 0 ? Double.NaN : 100.0 * failed / all);
	}

	/**
	 * Looks every acknowledged step up in step_record: a submission of that step in that
	 * session; counts steps recorded twice and sessions ended.
	 */
	private void checkRecords(List<ClusterClerk> clerks) throws Exception {
		Map<String, List<String[]>> records = new HashMap<>();
		Map<String, String> status = new HashMap<>();
		try (Connection c = DriverManager.getConnection(ClusterControl.DB, ClusterControl.DB_USER,
				ClusterControl.DB_PASSWORD); Statement s = c.createStatement()) {
			try (ResultSet r = s.executeQuery("select s.public_id, r.sequence, r.kind, r.step_key, r.step_title"
					+ " from step_record r join service_session s on s.id = r.session_id order by s.id, r.sequence")) {
				while (r.next()) {
					records.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
						.add(new String[] { r.getString(2), r.getString(3), r.getString(4), r.getString(5) });
				}
			}
			try (ResultSet r = s.executeQuery("select public_id, status from service_session")) {
				while (r.next()) {
					status.put(r.getString(1), r.getString(2));
				}
			}
		}
		long acks = 0;
		long lost = 0;
		for (ClusterClerk clerk : clerks) {
			for (ClusterClerk.Ack ack : List.copyOf(clerk.acks)) {
				acks++;
				boolean found = records.getOrDefault(ack.session(), List.of())
					.stream()
					.anyMatch(r -> r[1].equals("SUBMIT") && ack.title().equals(r[3]));
				if (!found) {
					lost++;
					say("LOST: %s session %s step %d %s", clerk.username(), ack.session(), ack.step(), ack.title());
				}
			}
		}
		Set<String> ours = new HashSet<>();
		clerks.forEach(c -> ours.addAll(c.sessions));
		long duplicates = 0;
		long recorded = 0;
		for (String session : ours) {
			Map<String, Integer> perStep = new HashMap<>();
			for (String[] r : records.getOrDefault(session, List.of())) {
				if (r[1].equals("SUBMIT")) {
					recorded++;
					perStep.merge(r[2], 1, Integer::sum);
				}
			}
			for (Map.Entry<String, Integer> e : perStep.entrySet()) {
				if (e.getValue() > 1) {
					duplicates += e.getValue() - 1;
					say("DUPLICATE: session %s step %s recorded %d times", session, e.getKey(), e.getValue());
				}
			}
		}
		long ended = ours.stream().filter(id -> "ENDED".equals(status.get(id))).count();
		long receipts = clerks.stream().mapToLong(c -> c.completed.size()).sum();
		long attempts = clerks.stream().mapToLong(c -> c.attempts.size()).sum();
		say("sessions started %d, ended in the database %d, receipts seen %d; submissions recorded %d, acknowledged %d",
				ours.size(), ended, receipts, recorded, acks);
		clerks.forEach(c -> c.problems.forEach(p -> say("problem: %s", p)));
		System.out.printf("RESULT total_steps=%d%n", acks);
		System.out.printf("RESULT total_step_attempts=%d%n", attempts);
		System.out.printf("RESULT steps_lost=%d%n", lost);
		System.out.printf("RESULT duplicate_steps=%d%n", duplicates);
		System.out.printf("RESULT sessions_completed=%d%n", ended);
		System.out.printf("RESULT recorded_not_acknowledged=%d%n", recorded - (acks - lost));
	}

	/**
	 * The same clerks for the same time on one app node (the same jar, profiles and heap
	 * as a cluster node) on the local MariaDB: sessions per second.
	 */
	private double[] single() throws Exception {
		String url = BenchSupport.freshMariaDb("hallflow_bench_single");
		Path dir = out.resolve("single");
		Files.createDirectories(dir);
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-Duser.home=" + dir, "-jar", jar.toString(), "--spring.profiles.active=demo,mysql",
				"--server.port=" + SINGLE_PORT, "--spring.main.banner-mode=off")
			.directory(dir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(dir.resolve("app.log").toFile());
		builder.environment().put("HALLFLOW_DB_URL", url);
		builder.environment().put("HALLFLOW_DB_USER", "root");
		builder.environment().put("HALLFLOW_DB_PASSWORD", "");
		builder.environment().put("HALLFLOW_DEMO_HISTORY_DAYS", "0");
		Process app = builder.start();
		List<ClusterClerk> clerks = new ArrayList<>();
		List<Thread> threads = new ArrayList<>();
		try {
			long until = System.currentTimeMillis() + 240_000;
			while (!ClusterControl.ready(SINGLE_PORT)) {
				if (!app.isAlive() || System.currentTimeMillis() > until) {
					throw new IllegalStateException("single node not ready: see " + dir.resolve("app.log"));
				}
				ClusterClerk.pause(500);
			}
			say("single node ready (PID %d, port %d, database hallflow_bench_single on 3306)", app.pid(), SINGLE_PORT);
			for (String user : users) {
				ClusterClerk clerk = new ClusterClerk(user, "http://127.0.0.1:" + SINGLE_PORT + "/", out);
				clerks.add(clerk);
				Thread thread = new Thread(clerk, "single-" + user);
				threads.add(thread);
				thread.start();
			}
			waitSignedIn(clerks);
			ClusterClerk.pause(warmMs);
			long from = System.currentTimeMillis();
			ClusterClerk.pause(steadyMs);
			double[] rate = rates(clerks, from);
			clerks.forEach(c -> say("single: %s %d steps, %d sessions, %d presses of Next", c.username(), c.acks.size(),
					c.completed.size(), c.attempts.size()));
			clerks.forEach(c -> c.problems.forEach(p -> say("single problem: %s", p)));
			return rate;
		}
		finally {
			stop(clerks, threads);
			app.destroy();
			if (!app.waitFor(40, TimeUnit.SECONDS)) {
				app.destroyForcibly();
			}
		}
	}

	private static void waitSignedIn(List<ClusterClerk> clerks) {
		long until = System.currentTimeMillis() + 120_000;
		while (clerks.stream().anyMatch(c -> !c.signedIn) && System.currentTimeMillis() < until) {
			ClusterClerk.pause(500);
		}
		say("clerks signed in: %s", clerks.stream().map(c -> c.username() + "@" + c.node).toList());
	}

	private static void stop(List<ClusterClerk> clerks, List<Thread> threads) throws InterruptedException {
		clerks.forEach(c -> c.stop = true);
		for (Thread t : threads) {
			t.join(60_000);
		}
	}

	/** Sessions completed and steps acknowledged per second in the steady window. */
	private double[] rates(List<ClusterClerk> clerks, long from) {
		long to = from + steadyMs;
		long sessions = clerks.stream()
			.flatMap(c -> List.copyOf(c.completed).stream())
			.filter(at -> at >= from && at < to)
			.count();
		long steps = clerks.stream()
			.flatMap(c -> List.copyOf(c.acks).stream())
			.filter(a -> a.at() >= from && a.at() < to)
			.count();
		return new double[] { sessions / (steadyMs / 1000.0), steps / (steadyMs / 1000.0) };
	}

	private static long ackAfter(ClusterClerk clerk, long from) {
		return List.copyOf(clerk.acks)
			.stream()
			.mapToLong(ClusterClerk.Ack::at)
			.filter(at -> at > from)
			.min()
			.orElse(-1);
	}

	private static List<ClusterClerk.Attempt> attemptsBetween(ClusterClerk clerk, long from, long to) {
		return List.copyOf(clerk.attempts).stream().filter(a -> a.at() >= from && a.at() < to).toList();
	}

	private static long failedBetween(ClusterClerk clerk, long from, long to) {
		return attemptsBetween(clerk, from, to).stream().filter(a -> !a.outcome().equals("moved")).count();
	}

	private static void recoveries(List<ClusterClerk> clerks, long from) {
		clerks.forEach(c -> List.copyOf(c.recoveries)
			.stream()
			.filter(r -> r.reopenedAt() >= from)
			.forEach(r -> say("  %s reopened %s after %.1f s: %s (was %s, now %s; fields filled %d before, %d after)",
					c.username(), r.session(), (r.reopenedAt() - r.lostAt()) / 1000.0, r.verdict(), r.before(),
					r.after(), r.filledBefore(), r.filledAfter())));
	}

	private static void say(String format, Object... args) {
		System.out.printf("%tT %s%n", System.currentTimeMillis(), String.format(format, args));
	}

}
