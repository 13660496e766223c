package com.hallflow.insight.internal;

import com.hallflow.insight.VersionComparison;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The version comparison's reads of the per-version rollups, for a request already
 * checked and scoped by {@code VersionComparisonService}.
 */
@Component
public class VersionRollupQueries {

	private final JdbcTemplate jdbc;

	VersionRollupQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Which sessions one side counts: a flow's version over business days; within a
	 * region (its id as province or as the branch's region) or the network; and, for the
	 * earlier version, without the branches that ran {@code pilotVersion} in those days.
	 */
	public record SideQuery(String flowKey, int version, LocalDate from, LocalDate to, Long regionId,
			Integer pilotVersion) {
	}

	/** A step sessions were abandoned at, with its title as last kept. */
	public record StepAbandons(String stepKey, String title, long abandons) {
	}

	/** One side's sums, p90 and number of branches. */
	public VersionComparison.Side side(SideQuery query) {
		Where where = where(query);
		TreeMap<Integer, Long> buckets = new TreeMap<>();
		jdbc.query("select bucket, sum(sessions) from version_time_bucket" + where.sql + " group by bucket", rs -> {
			buckets.put(rs.getInt(1), rs.getLong(2));
		}, where.args.toArray());
		Integer p90 = RollupQueries.percentile(buckets, 0.90);
		return jdbc.queryForObject("select count(distinct branch_id), coalesce(sum(sessions), 0),"
				+ " coalesce(sum(completed), 0), coalesce(sum(abandoned), 0), coalesce(sum(handle_ms), 0),"
				+ " coalesce(sum(handle_s_squared), 0), coalesce(sum(compliant), 0), coalesce(sum(skipped_items), 0),"
				+ " coalesce(sum(offered), 0), coalesce(sum(accepted), 0) from version_rollup" + where.sql,
				(rs, n) -> new VersionComparison.Side(query.version(), rs.getLong(1), rs.getLong(2), rs.getLong(3),
						rs.getLong(4), rs.getLong(5), rs.getDouble(6), p90, rs.getLong(7), rs.getLong(8), rs.getLong(9),
						rs.getLong(10)),
				where.args.toArray());
	}

	/** Where one side's sessions were abandoned, most abandons first. */
	public List<StepAbandons> abandons(SideQuery query) {
		Where where = where(query);
		return jdbc.query(
				"select step_key, max(step_title), sum(abandons) from version_abandon" + where.sql
						+ " group by step_key order by 3 desc, 1",
				(rs, n) -> new StepAbandons(rs.getString(1), rs.getString(2), rs.getLong(3)), where.args.toArray());
	}

	private record Where(String sql, List<Object> args) {
	}

	private static Where where(SideQuery q) {
		StringBuilder sql = new StringBuilder(
				" where flow_key = ? and version_number = ? and business_day between ? and ?");
		List<Object> args = new ArrayList<>(
				List.of(q.flowKey(), q.version(), Date.valueOf(q.from()), Date.valueOf(q.to())));
		if (q.regionId() != null) {
			sql.append(" and (province_id = ? or region_id = ?)");
			args.add(q.regionId());
			args.add(q.regionId());
		}
		if (q.pilotVersion() != null) {
			sql.append(" and branch_id not in (select branch_id from version_rollup where flow_key = ?"
					+ " and version_number = ? and business_day between ? and ?)");
			args.addAll(List.of(q.flowKey(), q.pilotVersion(), Date.valueOf(q.from()), Date.valueOf(q.to())));
		}
		return new Where(sql.toString(), args);
	}

}
