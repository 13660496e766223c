package com.hallflow.insight.internal;

import com.hallflow.insight.Dashboard;
import com.hallflow.insight.DashboardFilter;
import com.hallflow.insight.DropOffRow;
import com.hallflow.insight.Figures;
import com.hallflow.insight.OfferFigures;
import com.hallflow.insight.SkippedItemRow;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The dashboard's reads of the rollup tables, for a filter already checked and scoped by
 * {@code DashboardService}. Without a branch in the filter, the sums come from the
 * per-province tables, which hold the same sums in far fewer rows.
 */
@Component
public class RollupQueries {

	/**
	 * What a figures table is grouped by; per clerk there is no p90 (the buckets have no
	 * clerk).
	 */
	public enum Grouping {

		FLOW("flow_key", "flow_key"), PROVINCE("province_id", "province_id"), BRANCH("branch_id", "branch_id"),
		DAY("business_day", "business_day"), CLERK("clerk_id", null);

		private final String column;

		private final String bucketColumn;

		Grouping(String column, String bucketColumn) {
			this.column = column;
			this.bucketColumn = bucketColumn;
		}

	}

	/** Where offers are counted: everywhere at once, per province, per branch. */
	public enum OfferPlace {

		EVERYWHERE(null), PROVINCE("province_id"), BRANCH("branch_id");

		private final String column;

		OfferPlace(String column) {
			this.column = column;
		}

	}

	private final JdbcTemplate jdbc;

	RollupQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Everything in the filter, as one row. */
	public Figures total(DashboardFilter filter) {
		Where where = where(filter);
		Map<String, Integer> p90 = p90(filter, null);
		return jdbc.queryForObject(
				"select coalesce(sum(sessions), 0), coalesce(sum(completed), 0),"
						+ " coalesce(sum(abandoned), 0), coalesce(sum(handle_ms), 0), coalesce(sum(over_target), 0),"
						+ " coalesce(sum(compliant), 0) from " + rollupTable(filter, null) + where.sql,
				(rs, n) -> new Figures("ALL", "ALL", rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
						rs.getLong(5), rs.getLong(6), p90.get("ALL")),
				where.args.toArray());
	}

	/** The sums per group, most sessions first, each labelled from its key. */
	public List<Figures> figures(DashboardFilter filter, Grouping grouping, Function<String, String> label) {
		String group = grouping.column;
		Where where = where(filter);
		Map<String, Integer> p90 = grouping.bucketColumn == null ? Map.of() : p90(filter, grouping.bucketColumn);
		List<Figures> rows = jdbc.query("select " + group + ", sum(sessions), sum(completed), sum(abandoned),"
				+ " sum(handle_ms), sum(over_target), sum(compliant) from " + rollupTable(filter, group) + where.sql
				+ " group by " + group, (rs, n) -> {
					String key = rs.getString(1);
					return new Figures(key, label.apply(key), rs.getLong(2), rs.getLong(3), rs.getLong(4),
							rs.getLong(5), rs.getLong(6), rs.getLong(7), p90.get(key));
				}, where.args.toArray());
		List<Figures> sorted = new ArrayList<>(rows);
		sorted.sort(Comparator.comparingLong(Figures::sessions).reversed().thenComparing(Figures::key));
		return sorted;
	}

	/** The display name of every clerk with sessions in the filter, by clerk id. */
	public Map<Long, String> clerkNames(DashboardFilter filter) {
		Map<Long, String> names = new HashMap<>();
		Where where = where(filter);
		jdbc.query("select clerk_id, max(clerk_name) from session_rollup" + where.sql + " group by clerk_id", rs -> {
			names.put(rs.getLong(1), rs.getString(2));
		}, where.args.toArray());
		return names;
	}

	/** Which clerks left which checklist items unticked, most often first. */
	public List<SkippedItemRow> skippedItems(DashboardFilter filter, Map<Long, String> clerkNames,
			Map<String, String> flowNames) {
		Where where = where(filter);
		return jdbc.query("""
				select clerk_id, flow_key, step_key, item_no, max(item_text), sum(skipped) from skipped_item_rollup
				""" + where.sql + " group by clerk_id, flow_key, step_key, item_no order by 6 desc, 1, 2, 3, 4",
				(rs, n) -> new SkippedItemRow(rs.getLong(1), clerkNames.getOrDefault(rs.getLong(1), "?"),
						rs.getString(2), flowNames.getOrDefault(rs.getString(2), rs.getString(2)), rs.getString(3),
						rs.getString(5), rs.getLong(6)),
				where.args.toArray());
	}

	/** Where sessions were abandoned, most often first. */
	public List<DropOffRow> dropOff(DashboardFilter filter, Map<String, String> flowNames) {
		Where where = where(filter);
		return jdbc.query(
				"select flow_key, step_key, max(step_title), sum(abandons) from abandon_rollup" + where.sql
						+ " group by flow_key, step_key order by 4 desc, 1, 2",
				(rs, n) -> new DropOffRow(rs.getString(1), flowNames.getOrDefault(rs.getString(1), rs.getString(1)),
						rs.getString(2), rs.getString(3), rs.getLong(4)),
				where.args.toArray());
	}

	/** Offers per package and place, by place name, then most offered first. */
	public List<OfferFigures> offers(DashboardFilter filter, OfferPlace place, Map<String, String> placeNames) {
		Where where = where(filter);
		String by = place.column == null ? "" : place.column + ", ";
		List<OfferFigures> rows = jdbc.query("select " + by + "package_id, max(package_code), max(package_name),"
				+ " sum(offered), sum(accepted), sum(not_offered) from offer_rollup" + where.sql + " group by " + by
				+ "package_id", (rs, n) -> {
					int at = place.column == null ? 1 : 2;
					String key = place.column == null ? "ALL" : rs.getString(1);
					return new OfferFigures(key, place.column == null ? "" : placeNames.getOrDefault(key, key),
							rs.getLong(at), rs.getString(at + 1), rs.getString(at + 2), rs.getLong(at + 3),
							rs.getLong(at + 4), rs.getLong(at + 5));
				}, where.args.toArray());
		List<OfferFigures> sorted = new ArrayList<>(rows);
		sorted.sort(Comparator.comparing(OfferFigures::placeLabel)
			.thenComparing(Comparator.comparingLong(OfferFigures::offered).reversed())
			.thenComparing(OfferFigures::packageCode));
		return sorted;
	}

	/** Offers made (put to the customer) and accepted per clerk, by clerk id. */
	public Map<String, Dashboard.OffersMade> offersMade(DashboardFilter filter) {
		Where where = where(filter);
		Map<String, Dashboard.OffersMade> byClerk = new HashMap<>();
		jdbc.query("select clerk_id, sum(offered), sum(accepted) from offer_rollup" + where.sql + " group by clerk_id",
				rs -> {
					byClerk.put(rs.getString(1), new Dashboard.OffersMade(rs.getLong(2), rs.getLong(3)));
				}, where.args.toArray());
		return byClerk;
	}

	/** p90 per group ({@code group} null: one figure, under the key "ALL"). */
	private Map<String, Integer> p90(DashboardFilter filter, String group) {
		Where where = where(filter);
		Map<String, TreeMap<Integer, Long>> buckets = new LinkedHashMap<>();
		String key = group == null ? "" : group + ", ";
		jdbc.query("select " + key + "bucket, sum(sessions) from " + bucketTable(filter, group) + where.sql
				+ " group by " + key + "bucket", rs -> {
					String k = group == null ? "ALL" : rs.getString(1);
					int at = group == null ? 1 : 2;
					buckets.computeIfAbsent(k, x -> new TreeMap<>())
						.merge(rs.getInt(at), rs.getLong(at + 1), Long::sum);
				}, where.args.toArray());
		Map<String, Integer> result = new HashMap<>();
		buckets.forEach((k, counts) -> result.put(k, percentile(counts, 0.90)));
		return result;
	}

	/** The upper edge of the bucket holding the given share of sessions, in seconds. */
	static Integer percentile(TreeMap<Integer, Long> counts, double share) {
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		if (total == 0) {
			return null;
		}
		long needed = (long) Math.ceil(total * share);
		long seen = 0;
		for (Map.Entry<Integer, Long> e : counts.entrySet()) {
			seen += e.getValue();
			if (seen >= needed) {
				return (e.getKey() + 1) * SessionRollups.BUCKET_SECONDS;
			}
		}
		return (counts.lastKey() + 1) * SessionRollups.BUCKET_SECONDS;
	}

	private record Where(String sql, List<Object> args) {
	}

	/**
	 * Without a branch, and not grouped by branch or clerk, the per-province table has
	 * the same sums.
	 */
	private static String rollupTable(DashboardFilter f, String group) {
		return perProvince(f) && !"branch_id".equals(group) && !"clerk_id".equals(group) ? "province_rollup"
				: "session_rollup";
	}

	private static String bucketTable(DashboardFilter f, String group) {
		return perProvince(f) && !"branch_id".equals(group) ? "province_time_bucket" : "handle_time_bucket";
	}

	/**
	 * Whether the filter takes whole provinces, so the per-province tables hold its sums.
	 */
	private static boolean perProvince(DashboardFilter f) {
		return f.branchId() == null && f.branchIds() == null;
	}

	private static Where where(DashboardFilter f) {
		StringBuilder sql = new StringBuilder(" where business_day between ? and ?");
		List<Object> args = new ArrayList<>(List.of(Date.valueOf(f.from()), Date.valueOf(f.to())));
		if (f.provinceId() != null) {
			sql.append(" and province_id = ?");
			args.add(f.provinceId());
		}
		if (f.branchId() != null) {
			sql.append(" and branch_id = ?");
			args.add(f.branchId());
		}
		if (f.branchIds() != null) {
			// no branch at all matches nothing, as "in ()" is no SQL
			sql.append(f.branchIds().isEmpty() ? " and 1 = 0"
					: " and branch_id in (" + String.join(", ", Collections.nCopies(f.branchIds().size(), "?")) + ")");
			args.addAll(f.branchIds());
		}
		if (f.flowKey() != null) {
			sql.append(" and flow_key = ?");
			args.add(f.flowKey());
		}
		return new Where(sql.toString(), args);
	}

}
