package com.hallflow.bench;

import com.hallflow.HallFlowApplication;
import com.hallflow.base.ClockConfiguration;
import com.hallflow.flowdesign.StandardFlows;
import com.hallflow.flowexecution.Clerk;
import com.hallflow.flowexecution.SessionEndRelay;
import com.hallflow.flowexecution.ServiceSessionService;
import com.hallflow.flowexecution.EndedSessionFacts;
import com.hallflow.flowexecution.SessionStatus;
import com.hallflow.flowexecution.StartSessionCommand;
import com.hallflow.insight.DashboardFilter;
import com.hallflow.insight.DashboardService;
import com.hallflow.insight.internal.SessionRollups;
import com.hallflow.promotion.OfferOutcome;
import com.hallflow.security.CreateUserCommand;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.security.UserAccountService;
import com.hallflow.security.UserSummary;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dashboards at national scale on MariaDB: 2,000 branches in 30 provinces and 270
 * cities, 5,000,000 sessions (12,000 clerks, seven flows, 5 % abandoned, 2 % practice)
 * with 50,000,000 step records over 2027, generated inside MariaDB from its sequence
 * tables, and the rollups built from them in bulk. The database {@value #DATABASE} is
 * kept between runs and reused when it is complete (the first run generates for several
 * minutes). Then:
 * <ul>
 * <li>{@code branch_30d_p95_ms}: a branch manager's whole dashboard for the last 30 days,
 * as one refresh of the view reads it ({@link DashboardService#dashboard}), 100 random
 * branches;</li>
 * <li>{@code national_month_ms}: head office's whole dashboard over the network for one
 * month, the same single call (median of five months);</li>
 * <li>{@code rollup_sessions_per_s}: ended sessions folded into the rollups through the
 * real listener, each in its own transaction, four threads for 15 s.</li>
 * </ul>
 */
final class DashboardBenchmark {

	static final String DATABASE = "hallflow_bench_dashboard";
	static final long SESSIONS = Long.getLong("sessions", 5_000_000);
	static final long STEPS_PER_SESSION = 10;
	static final int BRANCHES = 2_000;
	static final int PROVINCES = 30;
	static final int CITIES = 270;
	static final LocalDate FIRST_DAY = LocalDate.of(2027, 1, 1);

	void run() throws Exception {
		String server = "jdbc:mysql://127.0.0.1:3306/";
		try (Connection root = DriverManager.getConnection(server + "?useSSL=false&allowPublicKeyRetrieval=true",
				"root", ""); Statement s = root.createStatement()) {
			s.execute(
					"create database if not exists " + DATABASE + " character set utf8mb4 collate utf8mb4_unicode_ci");
		}
		String url = server + DATABASE + "?useSSL=false&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true";
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(HallFlowApplication.class)
			.profiles("test", "mysql")
			.properties("HALLFLOW_DB_URL=" + url, "HALLFLOW_DB_USER=root", "HALLFLOW_DB_PASSWORD=", "server.port=0",
					"logging.level.root=WARN", BenchSupport.withoutFlowable())
			.run()) {
			SystemAuthentication.runAsSystem(() -> context.getBean(StandardFlows.class).install());
			try (Connection c = DriverManager.getConnection(url, "root", "")) {
				if (!complete(c)) {
					generate(c);
				}
				provinceRollups(c);
				offerRollups(c);
				report(c);
			}
			DashboardService dashboards = context.getBean(DashboardService.class);
			List<Double> branchMillis = new ArrayList<>();
			List<Double> nationalMillis = new ArrayList<>();
			Random random = new Random(11);
			LocalDate lastDay = FIRST_DAY.plusDays(364);
			SystemAuthentication.runAsSystem(() -> {
				for (int i = 0; i < 120; i++) {
					long branch = 1 + random.nextInt(BRANCHES);
					DashboardFilter f = new DashboardFilter(lastDay.minusDays(29), lastDay, null, branch, null);
					long t = System.nanoTime();
					dashboards.dashboard(f);
					if (i >= 20) {
						branchMillis.add((System.nanoTime() - t) / 1e6);
					}
				}
				for (int month = 0; month < 7; month++) {
					LocalDate from = FIRST_DAY.plusMonths(3 + month);
					DashboardFilter f = new DashboardFilter(from, from.plusMonths(1).minusDays(1), null, null, null);
					long t = System.nanoTime();
					dashboards.dashboard(f);
					if (month >= 2) {
						nationalMillis.add((System.nanoTime() - t) / 1e6);
					}
				}
			});
			double perSecond = rollups(context);
			double relayed = relayRate(context);
			System.out.printf("RESULT branch_30d_p95_ms=%.1f%n", BenchSupport.percentile(branchMillis, 0.95));
			System.out.printf("RESULT branch_30d_p50_ms=%.1f%n", BenchSupport.percentile(branchMillis, 0.50));
			System.out.printf("RESULT national_month_ms=%.1f%n", BenchSupport.percentile(nationalMillis, 0.50));
			System.out.printf("RESULT rollup_sessions_per_s=%.0f%n", perSecond);
			System.out.printf("RESULT relay_sessions_per_s=%.0f%n", relayed);
		}
	}

	private static boolean complete(Connection c) throws Exception {
		try (Statement s = c.createStatement()) {
			s.execute("create table if not exists bench_generated (name varchar(32) primary key, amount bigint)");
			try (ResultSet rs = s.executeQuery("select amount from bench_generated where name = 'sessions'")) {
				return rs.next() && rs.getLong(1) == SESSIONS;
			}
		}
	}

	/**
	 * Everything generated server-side from MariaDB's sequence tables, then the rollups
	 * in bulk.
	 */
	private static void generate(Connection c) throws Exception {
		long started = System.nanoTime();
		try (Statement s = c.createStatement()) {
			// generation may be interrupted and run again: it goes on from what is there
			s.execute("set unique_checks = 0");
			s.execute("set foreign_key_checks = 0");
			if (count(s, "select count(*) from branch where code = 'BD-1'") == 0) {
				for (String table : List.of("step_signature", "step_record", "service_session")) {
					s.execute("delete from " + table);
				}
				s.execute("delete from branch where code like 'BD-%'");
				s.execute("delete from region where code like 'BD-C%'");
				s.execute("delete from region where code like 'BD-P%'");
				s.execute("insert into region (id, lock_version, code, name, parent_id) select 100000 + seq, 0,"
						+ " concat('BD-P', seq), concat('基准省', seq), null from seq_1_to_" + PROVINCES);
				s.execute("insert into region (id, lock_version, code, name, parent_id) select 200000 + seq, 0,"
						+ " concat('BD-C', seq), concat('基准市', seq), 100000 + 1 + seq % " + PROVINCES
						+ " from seq_1_to_" + CITIES);
				s.execute("insert into branch (id, lock_version, code, name, region_id, address, open) select seq, 0,"
						+ " concat('BD-', seq), concat('基准营业厅', seq), 200000 + 1 + seq % " + CITIES
						+ ", null, true from seq_1_to_" + BRANCHES);
			}
			log("regions and branches", started);
			String flows = "'NEW_SUBSCRIPTION','BILL_PAYMENT','PLAN_CHANGE','SIM_REPLACEMENT','OWNERSHIP_TRANSFER',"
					+ "'PASSWORD_RESET','ACCOUNT_CLOSURE'";
			// a session every 6.3 s of the year, spread over the branches and six clerks
			// each
			String branch = "(1 + (seq * 7919) % " + BRANCHES + ")";
			String clerk = "(" + branch + " * 10 + seq % 6)";
			String start = "timestamp('" + FIRST_DAY + " 00:00:00') + interval floor(seq * 6.3) second";
			String end = "timestamp('" + FIRST_DAY + " 00:00:00') + interval floor(seq * 6.3) + 120 + (seq * 37) % 900"
					+ " second";
			String sessions = "insert into service_session (id, lock_version, public_id, branch_id, branch_code, clerk_id,"
					+ " clerk_name, clerk_display_name, flow_key, flow_name, flow_version_id, flow_version_number,"
					+ " practice, status, outcome, sequence, current_step, started_at, step_entered_at, ended_at,"
					+ " abandon_reason)" + " select seq, 0, concat('bench-', seq), " + branch + ", concat('BD-', "
					+ branch + "), " + clerk + ", 'bench', concat('员工', " + clerk + "), elt(1 + seq % 7, " + flows
					+ "), '业务', 1, 1,"
					+ " seq % 50 = 0, if(seq % 20 = 0, 'ABANDONED', 'ENDED'), if(seq % 20 = 0, null, 'COMPLETED'),"
					+ " 11, null, " + start + ", " + end + ", " + end + ", if(seq % 20 = 0, '客户离开', null)"
					+ " from seq_{FROM}_to_{TO}";
			for (long from = count(s, "select coalesce(max(id), 0) from service_session")
					+ 1; from <= SESSIONS; from += 1_000_000) {
				s.execute(sessions.replace("{FROM}", Long.toString(from))
					.replace("{TO}", Long.toString(Math.min(SESSIONS, from + 999_999))));
			}
			log(SESSIONS + " sessions", started);
			String steps = """
					insert into step_record (session_id, branch_id, sequence, kind, flow_key, step_key, step_title,
					  shown_values, sealed_values, checked_items, called_version_id, actor, submitted_at, duration_ms)
					select 1 + (seq - 1) div 10, 1, (seq - 1) % 10, 'SUBMIT', 'BILL_PAYMENT',
					  concat('step-', (seq - 1) % 10), '步骤', '{}', null, '0,1', null, 'bench',
					  timestamp('FIRST 00:00:00') + interval floor(((seq - 1) div 10 + 1) * 6.3) + (seq - 1) % 10 * 12 second,
					  12000
					from seq_1_to_STEPS"""
				.replace("FIRST", FIRST_DAY.toString());
			for (long from = count(s, "select count(*) from step_record") + 1; from <= SESSIONS
					* STEPS_PER_SESSION; from += 2_500_000) {
				s.execute(steps.replace("seq_1_to_STEPS",
						"seq_" + from + "_to_" + Math.min(SESSIONS * STEPS_PER_SESSION, from + 2_499_999)));
			}
			log(SESSIONS * STEPS_PER_SESSION + " step records", started);
			for (String table : List.of("skipped_item_rollup", "abandon_rollup", "handle_time_bucket", "session_rollup",
					"province_rollup", "province_time_bucket")) {
				s.execute("delete from " + table);
			}
			// in slices of the session ids (which follow time), so each grouping fits in
			// memory; a day cut
			// by a slice boundary is added up by the upsert
			String day = "date(convert_tz(s.ended_at, '+00:00', '+08:00'))";
			String joins = " from service_session s join branch b on b.id = s.branch_id join region r on r.id = b.region_id"
					+ " where s.id between {FROM} and {TO} and s.practice = false";
			List<String> rollups = List.of(
					"insert into session_rollup (business_day, branch_id, flow_key, clerk_id, region_id, province_id,"
							+ " clerk_name, sessions, completed, abandoned, handle_ms, over_target, compliant)"
							+ " select " + day + ", s.branch_id, s.flow_key, s.clerk_id, b.region_id, r.parent_id,"
							+ " max(s.clerk_display_name), count(*), sum(s.status = 'ENDED'), sum(s.status = 'ABANDONED'),"
							+ " sum(if(s.status = 'ENDED', timestampdiff(second, s.started_at, s.ended_at) * 1000, 0)),"
							+ " sum(s.status = 'ENDED' and timestampdiff(second, s.started_at, s.ended_at) > 600),"
							+ " sum(s.status = 'ENDED' and s.id % 13 <> 0)" + joins
							+ " group by 1, 2, 3, 4, 5, 6 on duplicate key update sessions = sessions + values(sessions),"
							+ " completed = completed + values(completed), abandoned = abandoned + values(abandoned),"
							+ " handle_ms = handle_ms + values(handle_ms), over_target = over_target + values(over_target),"
							+ " compliant = compliant + values(compliant)",
					"insert into handle_time_bucket (business_day, branch_id, flow_key, bucket, province_id, sessions)"
							+ " select " + day + ", s.branch_id, s.flow_key,"
							+ " least(240, timestampdiff(second, s.started_at, s.ended_at) div 30), r.parent_id, count(*)"
							+ joins + " and s.status = 'ENDED' group by 1, 2, 3, 4, 5"
							+ " on duplicate key update sessions = sessions + values(sessions)",
					"insert into abandon_rollup (business_day, branch_id, flow_key, step_key, province_id, step_title,"
							+ " abandons) select " + day
							+ ", s.branch_id, s.flow_key, concat(s.flow_key, '/step-', s.id % 7),"
							+ " r.parent_id, '步骤', count(*)" + joins + " and s.status = 'ABANDONED'"
							+ " group by 1, 2, 3, 4, 5 on duplicate key update abandons = abandons + values(abandons)",
					"insert into skipped_item_rollup (business_day, branch_id, clerk_id, flow_key, step_key, item_no,"
							+ " province_id, item_text, skipped) select " + day
							+ ", s.branch_id, s.clerk_id, s.flow_key,"
							+ " 'verify-identity', 1, r.parent_id, '复印身份证件并留存', count(*)" + joins
							+ " and s.status = 'ENDED' and s.id % 13 = 0 group by 1, 2, 3, 4, 5, 6, 7"
							+ " on duplicate key update skipped = skipped + values(skipped)");
			for (long from = 1; from <= SESSIONS; from += 100_000) {
				for (String rollup : rollups) {
					s.execute(rollup.replace("{FROM}", Long.toString(from))
						.replace("{TO}", Long.toString(Math.min(SESSIONS, from + 99_999))));
				}
			}
			log("rollups", started);
			s.execute("replace into bench_generated values ('sessions', " + SESSIONS + ")");
		}
	}

	/**
	 * The per-province tables, summed from the branch-level rollups when they are empty.
	 */
	private static void provinceRollups(Connection c) throws Exception {
		try (Statement s = c.createStatement()) {
			if (count(s, "select count(*) from province_rollup") > 0) {
				return;
			}
			long started = System.nanoTime();
			s.execute(
					"insert into province_rollup (business_day, province_id, flow_key, sessions, completed, abandoned,"
							+ " handle_ms, over_target, compliant) select business_day, province_id, flow_key, sum(sessions),"
							+ " sum(completed), sum(abandoned), sum(handle_ms), sum(over_target), sum(compliant)"
							+ " from session_rollup group by 1, 2, 3");
			s.execute("insert into province_time_bucket (business_day, province_id, flow_key, bucket, sessions)"
					+ " select business_day, province_id, flow_key, bucket, sum(sessions) from handle_time_bucket"
					+ " group by 1, 2, 3, 4");
			log("province rollups", started);
		}
	}

	/**
	 * Offers answered, derived from the generated rollups when the table is empty: the
	 * completed sessions of a third of the rollup rows were offered one of five packages
	 * (by branch and clerk), a quarter of those accepted, and now and then one was shown
	 * but not offered.
	 */
	private static void offerRollups(Connection c) throws Exception {
		try (Statement s = c.createStatement()) {
			if (count(s, "select count(*) from offer_rollup") > 0) {
				return;
			}
			long started = System.nanoTime();
			s.execute("insert into offer_rollup (business_day, branch_id, clerk_id, flow_key, package_id, province_id,"
					+ " package_code, package_name, offered, accepted, not_offered) select business_day, branch_id,"
					+ " clerk_id, flow_key, 1 + (branch_id + clerk_id) % 5, province_id,"
					+ " concat('PK-', 1 + (branch_id + clerk_id) % 5), '增值包', completed,"
					+ " if((branch_id + clerk_id + dayofyear(business_day)) % 4 = 0, completed, 0),"
					+ " if((branch_id + dayofyear(business_day)) % 12 = 0, 1, 0) from session_rollup"
					+ " where completed > 0 and (branch_id + clerk_id + dayofyear(business_day)) % 3 = 0");
			log("offer rollups", started);
		}
	}

	private static long count(Statement s, String sql) throws Exception {
		try (ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static void log(String what, long started) {
		System.out.printf("generated %s (%.0f s so far)%n", what, (System.nanoTime() - started) / 1e9);
	}

	private static void report(Connection c) throws Exception {
		try (Statement s = c.createStatement()) {
			for (String table : List.of("service_session", "step_record", "session_rollup", "handle_time_bucket")) {
				try (ResultSet rs = s.executeQuery("select table_rows from information_schema.tables"
						+ " where table_schema = '" + DATABASE + "' and table_name = '" + table + "'")) {
					rs.next();
					System.out.printf("%s: about %,d rows%n", table, rs.getLong(1));
				}
			}
		}
	}

	/**
	 * The relay end to end: 2,000 bill payments served through the session service by
	 * four clerks with the relay's thread stopped, then relayed in one call: claimed,
	 * rebuilt from the database (the last 500 from this node's run states, the rest by
	 * replaying their steps, as after a restart or on another node) and folded into the
	 * rollups.
	 */
	private static double relayRate(ConfigurableApplicationContext context) throws Exception {
		SessionEndRelay relay = context.getBean(SessionEndRelay.class);
		relay.stop();
		ServiceSessionService sessions = context.getBean(ServiceSessionService.class);
		UserAccountService users = context.getBean(UserAccountService.class);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<Integer>> served = new ArrayList<>();
		for (int t = 0; t < 4; t++) {
			long branch = t + 1;
			UserSummary clerk = SystemAuthentication
				.callAsSystem(() -> users.create(new CreateUserCommand("relay-" + branch + "-" + System.nanoTime(),
						"基准营业员", StaffRole.BRANCH_STAFF, branch, "bench-password-1", false)));
			served.add(pool.submit(() -> SystemAuthentication.callAs(clerk, () -> {
				for (int i = 0; i < 500; i++) {
					new Clerk(sessions).finish(sessions.start(StartSessionCommand.of("BILL_PAYMENT")));
				}
				return 500;
			})));
		}
		int total = 0;
		for (Future<Integer> f : served) {
			total += f.get();
		}
		pool.shutdown();
		long t = System.nanoTime();
		int relayed = relay.relayPending();
		double seconds = (System.nanoTime() - t) / 1e9;
		System.out.printf("relay: %d of %d sessions served relayed in %.1f s%n", relayed, total, seconds);
		return relayed / seconds;
	}

	/**
	 * Ended sessions folded into the rollups, each in its own transaction, by four
	 * threads.
	 */
	private static double rollups(ConfigurableApplicationContext context) throws Exception {
		SessionRollups rollups = context.getBean(SessionRollups.class);
		TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
		AtomicBoolean measuring = new AtomicBoolean(false);
		AtomicBoolean stop = new AtomicBoolean(false);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<Long>> counts = new ArrayList<>();
		for (int t = 0; t < 4; t++) {
			int thread = t;
			counts.add(pool.submit(() -> SystemAuthentication.callAsSystem(() -> {
				Random random = new Random(thread);
				long done = 0;
				while (!stop.get()) {
					long branch = 1 + random.nextInt(BRANCHES);
					Instant end = Instant.parse("2028-01-15T02:00:00Z").plusSeconds(random.nextInt(86_400));
					boolean abandoned = random.nextInt(20) == 0;
					EndedSessionFacts ended = new EndedSessionFacts("rollup-" + thread + "-" + done, branch,
							branch * 10 + random.nextInt(6), "员工", "BILL_PAYMENT", 1 + random.nextInt(2), 5, false,
							abandoned ? SessionStatus.ABANDONED : SessionStatus.ENDED, abandoned ? null : "COMPLETED",
							end.minusSeconds(120 + random.nextInt(600)), end,
							LocalDate.ofInstant(end, ClockConfiguration.BUSINESS_ZONE),
							abandoned ? "BILL_PAYMENT/take-payment" : null, abandoned ? "收费" : null,
							random.nextInt(10) == 0
									? List
										.of(new EndedSessionFacts.SkippedItem("BILL_PAYMENT", "receipt", 1, "凭证双手递交客户"))
									: List.of(),
							random.nextInt(4) == 0
									? List.of(new EndedSessionFacts.Offer(1 + random.nextInt(5), "PK", "增值包",
											random.nextBoolean() ? OfferOutcome.ACCEPTED : OfferOutcome.DECLINED))
									: List.of());
					tx.executeWithoutResult(status -> rollups.fold(List.of(ended)));
					if (measuring.get()) {
						done++;
					}
				}
				return done;
			})));
		}
		Thread.sleep(3_000);
		measuring.set(true);
		long t = System.nanoTime();
		Thread.sleep(15_000);
		measuring.set(false);
		double seconds = (System.nanoTime() - t) / 1e9;
		stop.set(true);
		long total = 0;
		for (Future<Long> count : counts) {
			total += count.get();
		}
		pool.shutdown();
		return total / seconds;
	}

}
