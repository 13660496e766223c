package com.hallflow.insight.internal;

import com.hallflow.flowexecution.EndedSessionFacts;
import com.hallflow.flowexecution.SessionStatus;
import com.hallflow.flowexecution.EndedSessionsRelayed;
import com.hallflow.promotion.OfferOutcome;
import com.hallflow.organization.BranchService;
import com.hallflow.organization.RegionNode;
import com.hallflow.organization.RegionService;
import com.hallflow.organization.RegionTree;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the rollups for the ended sessions of each relay round, in the transaction that
 * relays them (shortly after their ends commit, see {@code SessionEndRelay}); per
 * session: the day × branch × flow × clerk row, one for the handle-time bucket or the
 * abandon step, one per skipped checklist item, one per offer answered; and per head
 * office's version of the flow the day × branch row, its handle-time bucket or abandon
 * step (the comparison of a piloted version with the one before). Practice sessions are
 * not counted.
 */
@Component
public class SessionRollups {

	/** Handle times are counted in 30-second buckets up to two hours. */
	public static final int BUCKET_SECONDS = 30;

	public static final int LAST_BUCKET = 240;

	private final JdbcTemplate jdbc;

	private final BranchService branches;

	private final RegionService regions;

	private final Map<Long, Long> provinces = new ConcurrentHashMap<>();

	private final Map<Long, long[]> branchRegions = new ConcurrentHashMap<>();

	private static final long REGION_CACHE_NANOS = 60_000_000_000L;

	SessionRollups(JdbcTemplate jdbc, BranchService branches, RegionService regions) {
		this.jdbc = jdbc;
		this.branches = branches;
		this.regions = regions;
	}

	@EventListener
	public void on(EndedSessionsRelayed round) {
		fold(round.sessions());
	}

	/**
	 * Adds these sessions to the rollups: the figures summed per row of each table in
	 * memory, then one multi-row upsert per table (in chunks), so a relay round of fifty
	 * sessions costs a handful of statements, not a handful per session. Practice
	 * sessions are left out.
	 */
	public void fold(List<EndedSessionFacts> sessions) {
		Map<List<Object>, long[]> sessionRows = new LinkedHashMap<>();
		Map<List<Object>, Object[]> sessionExtras = new HashMap<>();
		Map<List<Object>, long[]> provinceRows = new LinkedHashMap<>();
		Map<List<Object>, long[]> provinceBuckets = new LinkedHashMap<>();
		Map<List<Object>, long[]> branchBuckets = new LinkedHashMap<>();
		Map<List<Object>, long[]> skippedRows = new LinkedHashMap<>();
		Map<List<Object>, long[]> abandonRows = new LinkedHashMap<>();
		Map<List<Object>, long[]> offerRows = new LinkedHashMap<>();
		Map<List<Object>, String[]> texts = new HashMap<>();
		Versions versions = new Versions();
		for (EndedSessionFacts ended : sessions) {
			if (ended.practice()) {
				continue;
			}
			long region = regionOf(ended.branchId());
			long province = provinceOf(region);
			Date day = Date.valueOf(ended.businessDay());
			boolean completed = ended.status() == SessionStatus.ENDED;
			long handle = completed ? Math.max(0, ended.handleMillis()) : 0;
			boolean over = completed && ended.targetMinutes() != null && handle > ended.targetMinutes() * 60_000L;
			boolean compliant = completed && ended.skipped().isEmpty();
			long[] figures = { 1, completed ? 1 : 0, completed ? 0 : 1, handle, over ? 1 : 0, compliant ? 1 : 0 };
			List<Object> sessionKey = List.of(day, ended.branchId(), ended.flowKey(), ended.clerkId());
			add(sessionRows, sessionKey, figures);
			sessionExtras.put(sessionKey, new Object[] { region, province, ended.clerkDisplayName() });
			add(provinceRows, List.of(day, province, ended.flowKey()), figures);
			versions.add(ended, day, region, province, handle);
			for (EndedSessionFacts.Offer offer : ended.offers()) {
				boolean offered = offer.outcome() != OfferOutcome.NOT_OFFERED;
				List<Object> key = List.of(day, ended.branchId(), ended.clerkId(), ended.flowKey(), offer.packageId(),
						province);
				add(offerRows, key, new long[] { offered ? 1 : 0, offer.outcome() == OfferOutcome.ACCEPTED ? 1 : 0,
						offered ? 0 : 1 });
				texts.put(key, new String[] { offer.packageCode(), offer.packageName() });
			}
			if (completed) {
				int bucket = (int) Math.min(LAST_BUCKET, handle / 1000 / BUCKET_SECONDS);
				add(provinceBuckets, List.of(day, province, ended.flowKey(), bucket), new long[] { 1 });
				add(branchBuckets, List.of(day, ended.branchId(), ended.flowKey(), bucket, province), new long[] { 1 });
				for (EndedSessionFacts.SkippedItem item : ended.skipped()) {
					List<Object> key = List.of(day, ended.branchId(), ended.clerkId(), item.flowKey(), item.stepKey(),
							item.itemNo(), province);
					add(skippedRows, key, new long[] { 1 });
					texts.put(key, new String[] { cut(item.itemText()) });
				}
			}
			else if (ended.abandonedAt() != null) {
				List<Object> key = List.of(day, ended.branchId(), ended.flowKey(), ended.abandonedAt(), province);
				add(abandonRows, key, new long[] { 1 });
				texts.put(key, new String[] {
						cut(ended.abandonedAtTitle() == null ? ended.abandonedAt() : ended.abandonedAtTitle()) });
			}
		}
		upsert("session_rollup (business_day, branch_id, flow_key, clerk_id, sessions, completed, abandoned, handle_ms,"
				+ " over_target, compliant, region_id, province_id, clerk_name)", 13,
				"sessions = sessions + values(sessions), completed = completed + values(completed),"
						+ " abandoned = abandoned + values(abandoned), handle_ms = handle_ms + values(handle_ms),"
						+ " over_target = over_target + values(over_target), compliant = compliant + values(compliant),"
						+ " clerk_name = values(clerk_name)",
				sessionRows, key -> sessionExtras.get(key));
		upsert("province_rollup (business_day, province_id, flow_key, sessions, completed, abandoned, handle_ms,"
				+ " over_target, compliant)", 9,
				"sessions = sessions + values(sessions), completed = completed + values(completed),"
						+ " abandoned = abandoned + values(abandoned), handle_ms = handle_ms + values(handle_ms),"
						+ " over_target = over_target + values(over_target), compliant = compliant + values(compliant)",
				provinceRows, key -> new Object[0]);
		upsert("province_time_bucket (business_day, province_id, flow_key, bucket, sessions)", 5,
				"sessions = sessions + values(sessions)", provinceBuckets, key -> new Object[0]);
		upsert("handle_time_bucket (business_day, branch_id, flow_key, bucket, province_id, sessions)", 6,
				"sessions = sessions + values(sessions)", branchBuckets, key -> new Object[0]);
		upsert("skipped_item_rollup (business_day, branch_id, clerk_id, flow_key, step_key, item_no, province_id,"
				+ " skipped, item_text)", 9, "skipped = skipped + values(skipped), item_text = values(item_text)",
				skippedRows, key -> texts.get(key));
		upsert("abandon_rollup (business_day, branch_id, flow_key, step_key, province_id, abandons, step_title)", 7,
				"abandons = abandons + values(abandons)", abandonRows, key -> texts.get(key));
		upsert("offer_rollup (business_day, branch_id, clerk_id, flow_key, package_id, province_id, offered, accepted,"
				+ " not_offered, package_code, package_name)", 11,
				"offered = offered + values(offered), accepted = accepted + values(accepted),"
						+ " not_offered = not_offered + values(not_offered), package_code = values(package_code),"
						+ " package_name = values(package_name)",
				offerRows, key -> texts.get(key));
		upsert("version_rollup (flow_key, version_number, business_day, branch_id, sessions, completed, abandoned,"
				+ " handle_ms, compliant, skipped_items, offered, accepted, handle_s_squared, region_id, province_id)",
				15,
				"sessions = sessions + values(sessions), completed = completed + values(completed),"
						+ " abandoned = abandoned + values(abandoned), handle_ms = handle_ms + values(handle_ms),"
						+ " compliant = compliant + values(compliant),"
						+ " skipped_items = skipped_items + values(skipped_items), offered = offered + values(offered),"
						+ " accepted = accepted + values(accepted),"
						+ " handle_s_squared = handle_s_squared + values(handle_s_squared)",
				versions.rows, key -> versions.extras.get(key));
		upsert("version_time_bucket (flow_key, version_number, business_day, branch_id, bucket, sessions, region_id,"
				+ " province_id)", 8, "sessions = sessions + values(sessions)", versions.buckets,
				key -> Arrays.copyOfRange(versions.extras.get(key.subList(0, 4)), 1, 3));
		upsert("version_abandon (flow_key, version_number, business_day, branch_id, step_key, abandons, region_id,"
				+ " province_id, step_title)", 9, "abandons = abandons + values(abandons)", versions.abandons,
				key -> versions.extras.get(key));
	}

	/**
	 * The per-version rows of one round: keyed by flow, version number, day and branch
	 * (then the bucket or the step); besides the summed counts, the sum of the squared
	 * handle times in seconds (a double: squared milliseconds would overflow a sum over
	 * the network) and the branch's region and province.
	 */
	private static final class Versions {

		final Map<List<Object>, long[]> rows = new LinkedHashMap<>();

		final Map<List<Object>, long[]> buckets = new LinkedHashMap<>();

		final Map<List<Object>, long[]> abandons = new LinkedHashMap<>();

		final Map<List<Object>, Object[]> extras = new HashMap<>();

		void add(EndedSessionFacts ended, Date day, long region, long province, long handle) {
			boolean completed = ended.status() == SessionStatus.ENDED;
			List<Object> key = List.of(ended.flowKey(), ended.flowVersionNumber(), day, ended.branchId());
			long offered = ended.offers().stream().filter(o -> o.outcome() != OfferOutcome.NOT_OFFERED).count();
			long accepted = ended.offers().stream().filter(o -> o.outcome() == OfferOutcome.ACCEPTED).count();
			SessionRollups.add(rows, key,
					new long[] { 1, completed ? 1 : 0, completed ? 0 : 1, handle,
							completed && ended.skipped().isEmpty() ? 1 : 0, completed ? ended.skipped().size() : 0,
							offered, accepted });
			double seconds = handle / 1000.0;
			Object[] known = extras.get(key);
			double squares = (known == null ? 0 : (Double) known[0]) + seconds * seconds;
			extras.put(key, new Object[] { squares, region, province });
			if (completed) {
				int bucket = (int) Math.min(LAST_BUCKET, handle / 1000 / BUCKET_SECONDS);
				SessionRollups.add(buckets,
						List.of(ended.flowKey(), ended.flowVersionNumber(), day, ended.branchId(), bucket),
						new long[] { 1 });
			}
			else if (ended.abandonedAt() != null) {
				List<Object> at = List.of(ended.flowKey(), ended.flowVersionNumber(), day, ended.branchId(),
						ended.abandonedAt());
				SessionRollups.add(abandons, at, new long[] { 1 });
				extras.put(at, new Object[] { region, province,
						cut(ended.abandonedAtTitle() == null ? ended.abandonedAt() : ended.abandonedAtTitle()) });
			}
		}

	}

	/** Rows at most per statement. */
	private static final int CHUNK = 200;

	/**
	 * One {@code insert … values (…), (…) on duplicate key update …} per chunk: each row
	 * is its key, then its summed figures, then {@code extras} (columns that are not
	 * summed).
	 */
	private void upsert(String table, int columns, String onDuplicate, Map<List<Object>, long[]> rows,
			Function<List<Object>, Object[]> extras) {
		List<Map.Entry<List<Object>, long[]>> all = new ArrayList<>(rows.entrySet());
		String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
		for (int from = 0; from < all.size(); from += CHUNK) {
			List<Map.Entry<List<Object>, long[]>> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
			List<Object> args = new ArrayList<>();
			for (Map.Entry<List<Object>, long[]> e : chunk) {
				args.addAll(e.getKey());
				for (long figure : e.getValue()) {
					args.add(figure);
				}
				args.addAll(List.of(extras.apply(e.getKey())));
			}
			jdbc.update("insert into " + table + " values " + String.join(", ", Collections.nCopies(chunk.size(), row))
					+ " on duplicate key update " + onDuplicate, args.toArray());
		}
	}

	private static void add(Map<List<Object>, long[]> rows, List<Object> key, long[] figures) {
		long[] sum = rows.computeIfAbsent(key, k -> new long[figures.length]);
		for (int i = 0; i < figures.length; i++) {
			sum[i] += figures[i];
		}
	}

	private static String cut(String text) {
		return text.length() > 200 ? text.substring(0, 200) : text;
	}

	/**
	 * A branch's region as last read, for at most a minute (a branch moved to another
	 * region is seen then).
	 */
	private long regionOf(long branchId) {
		long now = System.nanoTime();
		long[] known = branchRegions.get(branchId);
		if (known == null || now - known[1] > REGION_CACHE_NANOS) {
			known = new long[] { branches.get(branchId).regionId(), now };
			branchRegions.put(branchId, known);
		}
		return known[0];
	}

	/**
	 * The province of a region (itself for a province); regions are read again when one
	 * is new here.
	 */
	public long provinceOf(long region) {
		Long known = provinces.get(region);
		if (known == null) {
			List<RegionNode> all = regions.all();
			RegionTree tree = RegionTree.of(all);
			for (RegionNode r : all) {
				provinces.put(r.id(), tree.provinceOf(r.id()));
			}
			known = provinces.getOrDefault(region, region);
		}
		return known;
	}

}
