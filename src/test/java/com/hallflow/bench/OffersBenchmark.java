package com.hallflow.bench;

import com.hallflow.HallFlowApplication;
import com.hallflow.base.ClockConfiguration;
import com.hallflow.promotion.Offer;
import com.hallflow.promotion.OfferIndex;
import com.hallflow.promotion.Placement;
import com.hallflow.promotion.RandomPromotions;
import com.hallflow.promotion.RolloutTarget;
import com.hallflow.promotion.Stage;
import com.hallflow.promotion.internal.PromotionRules;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The offer resolver at national scale: 20,000 branches in 300 regions (30 provinces, 270
 * cities), 400 packages, 2,000 rollouts with stages, exclusions, quotas and pauses,
 * written to a fresh MariaDB database through the application's schema. Measures
 * rebuilding the index from the database (four queries and the build, as a node does when
 * the revision moves), its live heap, and warm lookups for random (branch, flow step,
 * grade, instant) — then the same lookups answered by one straightforward SQL query each
 * on MariaDB, checked to give the same offers. RESULT index_rebuild_ms, index_build_ms,
 * index_mb, resolve_p50_us, resolve_p99_us, sql_p50_us, sql_p99_us, sql_vs_index_ratio,
 * mismatches.
 */
final class OffersBenchmark {

	static final int REGIONS = 300;
	static final int BRANCHES = 20_000;
	static final int PACKAGES = 400;
	static final int ROLLOUTS = 2_000;
	static final int LOOKUPS = 200_000;
	static final int SQL_LOOKUPS = 2_000;

	void run() throws Exception {
		String url = BenchSupport.freshMariaDb("hallflow_bench_offers");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(HallFlowApplication.class)
			.profiles("test", "mysql")
			.properties("HALLFLOW_DB_URL=" + url, "HALLFLOW_DB_USER=root", "HALLFLOW_DB_PASSWORD=", "server.port=0",
					"logging.level.root=WARN", BenchSupport.withoutFlowable())
			.run()) {
			RandomPromotions world = new RandomPromotions(20_261_127L, REGIONS, BRANCHES, PACKAGES, ROLLOUTS);
			DataSource dataSource = context.getBean(DataSource.class);
			long written = System.nanoTime();
			write(dataSource, world);
			System.out.printf("wrote %d packages and %d rollouts in %.1f s%n", PACKAGES, ROLLOUTS,
					(System.nanoTime() - written) / 1e9);

			PromotionRules rules = context.getBean(PromotionRules.class);
			List<Double> rebuilds = new ArrayList<>();
			List<Double> builds = new ArrayList<>();
			OfferIndex index = null;
			for (int i = 0; i < 7; i++) {
				long t = System.nanoTime();
				PromotionRules.Rules loaded = rules.load(ClockConfiguration.BUSINESS_ZONE);
				long loadedAt = System.nanoTime();
				index = OfferIndex.build(loaded.packages(), loaded.rollouts());
				long done = System.nanoTime();
				if (i >= 2) {
					rebuilds.add((done - t) / 1e6);
					builds.add((done - loadedAt) / 1e6);
				}
			}
			long before = liveHeap();
			PromotionRules.Rules loaded = rules.load(ClockConfiguration.BUSINESS_ZONE);
			OfferIndex measured = OfferIndex.build(loaded.packages(), loaded.rollouts());
			loaded = null;
			long after = liveHeap();
			double indexMb = (after - before) / 1024.0 / 1024.0;
			if (measured.rollouts() != index.rollouts()) {
				throw new IllegalStateException("the index changed between builds");
			}

			Random random = new Random(7);
			Map<Long, Integer> used = new HashMap<>();
			world.rollouts.stream()
				.filter(r -> r.quotaPerBranch() != null)
				.forEach(r -> used.put(r.id(), random.nextInt(r.quotaPerBranch() + 1)));
			OfferIndex.Usage usage = id -> used.getOrDefault(id, 0);
			List<OfferIndex.Query> queries = new ArrayList<>();
			for (int i = 0; i < LOOKUPS; i++) {
				queries.add(world.query(random, 3));
			}
			long sink = 0;
			for (int round = 0; round < 3; round++) {
				for (OfferIndex.Query q : queries) {
					sink += measured.resolve(q, usage).size();
				}
			}
			double[] micros = new double[LOOKUPS];
			long offered = 0;
			for (int i = 0; i < LOOKUPS; i++) {
				long t = System.nanoTime();
				List<Offer> offers = measured.resolve(queries.get(i), usage);
				micros[i] = (System.nanoTime() - t) / 1e3;
				offered += offers.isEmpty() ? 0 : 1;
			}
			Arrays.sort(micros);

			writeUsage(dataSource, used);
			double[] sqlMicros = new double[SQL_LOOKUPS];
			int mismatches = 0;
			try (Connection connection = dataSource.getConnection()) {
				for (int i = 0; i < SQL_LOOKUPS + 200; i++) {
					OfferIndex.Query q = queries.get(i % queries.size());
					long t = System.nanoTime();
					List<String> bySql = bySql(connection, q);
					double us = (System.nanoTime() - t) / 1e3;
					if (i >= 200) {
						sqlMicros[i - 200] = us;
						List<String> byIndex = measured.resolve(q, usage)
							.stream()
							.map(o -> o.packageCode() + "/" + o.rolloutId())
							.toList();
						mismatches += bySql.equals(byIndex) ? 0 : 1;
					}
				}
			}
			Arrays.sort(sqlMicros);
			double resolveP50 = micros[LOOKUPS / 2];
			double resolveP99 = micros[(int) (LOOKUPS * 0.99)];
			double sqlP50 = sqlMicros[SQL_LOOKUPS / 2];
			double sqlP99 = sqlMicros[(int) (SQL_LOOKUPS * 0.99)];
			System.out.printf(
					"%d branches, %d regions, %d live rollouts in the index; %.1f %% of lookups offer"
							+ " something (checksum %d)%n",
					BRANCHES, REGIONS, measured.rollouts(), 100.0 * offered / LOOKUPS, sink);
			System.out.printf("RESULT index_rebuild_ms=%.1f%n", median(rebuilds));
			System.out.printf("RESULT index_build_ms=%.1f%n", median(builds));
			System.out.printf("RESULT index_mb=%.1f%n", indexMb);
			System.out.printf("RESULT resolve_p50_us=%.2f%n", resolveP50);
			System.out.printf("RESULT resolve_p99_us=%.2f%n", resolveP99);
			System.out.printf("RESULT sql_p50_us=%.1f%n", sqlP50);
			System.out.printf("RESULT sql_p99_us=%.1f%n", sqlP99);
			System.out.printf("RESULT sql_vs_index_ratio=%.0f%n", sqlP50 / resolveP50);
			System.out.printf("RESULT mismatches=%d%n", mismatches);
		}
	}

	/** The whole world through plain batched inserts into the application's tables. */
	private static void write(DataSource dataSource, RandomPromotions world) throws Exception {
		try (Connection c = dataSource.getConnection()) {
			c.setAutoCommit(false);
			try (PreparedStatement p = c.prepareStatement("""
					insert into vas_package (id, lock_version, code, name, category, monthly_price, description,
					  pitch_script, grades, valid_from, valid_until, status, updated_by, updated_at)
					values (?, 0, ?, ?, ?, ?, null, ?, ?, ?, ?, ?, 'bench', ?)""");
					PreparedStatement pl = c.prepareStatement(
							"insert into vas_package_placement (package_id, flow_key, step_key) values (?, ?, ?)")) {
				for (OfferIndex.PackageRule pack : world.packages) {
					p.setLong(1, pack.id());
					p.setString(2, pack.code());
					p.setString(3, pack.name());
					p.setString(4, pack.category().name());
					p.setBigDecimal(5, pack.monthlyPrice());
					p.setString(6, pack.pitchScript());
					p.setString(7, pack.grades().isEmpty() ? null : String.join(",", pack.grades()));
					p.setObject(8, pack.validFrom().atZone(ClockConfiguration.BUSINESS_ZONE).toLocalDate());
					p.setObject(9, pack.validUntil() == null ? null
							: pack.validUntil().atZone(ClockConfiguration.BUSINESS_ZONE).toLocalDate().minusDays(1));
					p.setString(10, pack.status().name());
					p.setObject(11, LocalDateTime.now());
					p.addBatch();
					for (Placement placement : pack.placements()) {
						pl.setLong(1, pack.id());
						pl.setString(2, placement.flowKey());
						pl.setString(3, placement.stepKey());
						pl.addBatch();
					}
				}
				p.executeBatch();
				pl.executeBatch();
			}
			try (PreparedStatement r = c.prepareStatement("""
					insert into rollout (id, lock_version, package_id, name, priority, quota_per_branch, ends_at,
					  paused, updated_by, updated_at) values (?, 0, ?, ?, ?, ?, ?, ?, 'bench', ?)""");
					PreparedStatement t = c.prepareStatement("""
							insert into rollout_target (rollout_id, stage_no, starts_at, kind, ref_id, excluded)
							values (?, ?, ?, ?, ?, ?)""")) {
				for (OfferIndex.RolloutRule rule : world.rollouts) {
					r.setLong(1, rule.id());
					r.setLong(2, rule.packageId());
					r.setString(3, rule.name());
					r.setInt(4, rule.priority());
					r.setObject(5, rule.quotaPerBranch());
					r.setObject(6,
							rule.endsAt() == null ? null : LocalDateTime.ofInstant(rule.endsAt(), ZoneOffset.UTC));
					r.setBoolean(7, rule.paused());
					r.setObject(8, LocalDateTime.now());
					r.addBatch();
					int stageNo = 0;
					for (Stage stage : rule.stages()) {
						stageNo++;
						for (RolloutTarget target : stage.targets()) {
							target(t, rule.id(), stageNo, LocalDateTime.ofInstant(stage.startsAt(), ZoneOffset.UTC),
									target, false);
						}
					}
					for (RolloutTarget target : rule.exclusions()) {
						target(t, rule.id(), 0, null, target, true);
					}
				}
				r.executeBatch();
				t.executeBatch();
			}
			c.commit();
		}
	}

	private static void target(PreparedStatement t, long rollout, int stage, LocalDateTime start, RolloutTarget target,
			boolean excluded) throws Exception {
		t.setLong(1, rollout);
		t.setInt(2, stage);
		t.setObject(3, start);
		t.setString(4, target.kind().name());
		t.setObject(5, target.refId());
		t.setBoolean(6, excluded);
		t.addBatch();
	}

	private static void writeUsage(DataSource dataSource, Map<Long, Integer> used) throws Exception {
		// the SQL side sees the same quota usage as the index's lookups: per rollout,
		// whatever the branch
		try (Connection c = dataSource.getConnection()) {
			c.setAutoCommit(false);
			try (PreparedStatement u = c.prepareStatement(
					"create table bench_usage " + "(rollout_id bigint primary key, accepted int not null)")) {
				u.execute();
			}
			try (PreparedStatement u = c.prepareStatement("insert into bench_usage values (?, ?)")) {
				for (Map.Entry<Long, Integer> e : used.entrySet()) {
					u.setLong(1, e.getKey());
					u.setInt(2, e.getValue());
					u.addBatch();
				}
				u.executeBatch();
			}
			c.commit();
		}
	}

	/**
	 * The straightforward query: every rule as a predicate, the region path as a list,
	 * quota usage by a sub-select; the best rollout per package and the limit are applied
	 * while reading.
	 */
	private static final String SQL = """
			select p.id, p.code, r.id, r.priority
			from rollout r
			join vas_package p on p.id = r.package_id
			join vas_package_placement pl on pl.package_id = p.id and pl.flow_key = ? and pl.step_key = ?
			where r.paused = false and p.status = 'ACTIVE'
			  and p.valid_from <= ? and (p.valid_until is null or p.valid_until >= ?)
			  and (r.ends_at is null or r.ends_at > ?)
			  and (p.grades is null or (? is not null and find_in_set(?, p.grades) > 0))
			  and exists (select 1 from rollout_target t where t.rollout_id = r.id and t.excluded = false
			              and t.starts_at <= ? and (t.kind = 'NETWORK' or (t.kind = 'BRANCH' and t.ref_id = ?)
			              or (t.kind = 'REGION' and t.ref_id in (?, ?))))
			  and not exists (select 1 from rollout_target x where x.rollout_id = r.id and x.excluded = true
			              and ((x.kind = 'BRANCH' and x.ref_id = ?) or (x.kind = 'REGION' and x.ref_id in (?, ?))))
			  and (r.quota_per_branch is null or r.quota_per_branch >
			       coalesce((select u.accepted from bench_usage u where u.rollout_id = r.id), 0))
			order by r.priority, p.code, r.id""";

	private static List<String> bySql(Connection c, OfferIndex.Query q) throws Exception {
		try (PreparedStatement s = c.prepareStatement(SQL)) {
			LocalDateTime at = LocalDateTime.ofInstant(q.at(), ZoneOffset.UTC);
			LocalDate day = q.at().atZone(ClockConfiguration.BUSINESS_ZONE).toLocalDate();
			long city = q.regionPath()[0];
			long province = q.regionPath().length > 1 ? q.regionPath()[1] : city;
			int i = 1;
			s.setString(i++, q.flowKey());
			s.setString(i++, q.stepKey());
			s.setObject(i++, day);
			s.setObject(i++, day);
			s.setObject(i++, at);
			s.setString(i++, q.grade());
			s.setString(i++, q.grade());
			s.setObject(i++, at);
			s.setLong(i++, q.branchId());
			s.setLong(i++, city);
			s.setLong(i++, province);
			s.setLong(i++, q.branchId());
			s.setLong(i++, city);
			s.setLong(i, province);
			Map<Long, String> best = new LinkedHashMap<>();
			try (ResultSet rs = s.executeQuery()) {
				while (rs.next() && best.size() < q.limit()) {
					best.putIfAbsent(rs.getLong(1), rs.getString(2) + "/" + rs.getLong(3));
				}
			}
			return List.copyOf(best.values());
		}
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		sorted.sort(Double::compare);
		return sorted.get(sorted.size() / 2);
	}

	private static long liveHeap() throws InterruptedException {
		for (int i = 0; i < 4; i++) {
			System.gc();
			Thread.sleep(100);
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

}
