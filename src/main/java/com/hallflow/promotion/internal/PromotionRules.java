package com.hallflow.promotion.internal;

import com.hallflow.promotion.OfferIndex;
import com.hallflow.promotion.PackageCategory;
import com.hallflow.promotion.PackageStatus;
import com.hallflow.promotion.Placement;
import com.hallflow.promotion.RolloutTarget;
import com.hallflow.promotion.Stage;
import com.hallflow.promotion.TargetKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the whole promotion configuration in four plain queries (packages, placements,
 * rollouts, targets) and turns it into the resolver's rules; dates become instants at
 * midnight in the business zone.
 */
@Component
public class PromotionRules {

	private final JdbcTemplate jdbc;

	PromotionRules(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public record Rules(List<OfferIndex.PackageRule> packages, List<OfferIndex.RolloutRule> rollouts) {
	}

	public Rules load(ZoneId zone) {
		Map<Long, Set<Placement>> placements = new HashMap<>();
		jdbc.query("select package_id, flow_key, step_key from vas_package_placement", rs -> {
			placements.computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
				.add(new Placement(rs.getString(2), rs.getString(3)));
		});
		List<OfferIndex.PackageRule> packages = jdbc.query("""
				select id, code, name, category, monthly_price, pitch_script, grades, valid_from, valid_until,
				       status from vas_package""",
				(rs, n) -> new OfferIndex.PackageRule(rs.getLong(1), rs.getString(2), rs.getString(3),
						PackageCategory.valueOf(rs.getString(4)), rs.getBigDecimal(5), rs.getString(6),
						grades(rs.getString(7)), midnight(rs.getObject(8, LocalDate.class), zone),
						dayAfter(rs.getObject(9, LocalDate.class), zone), PackageStatus.valueOf(rs.getString(10)),
						placements.getOrDefault(rs.getLong(1), Set.of())));
		Map<Long, TreeMap<Integer, Stage>> stages = new HashMap<>();
		Map<Long, List<RolloutTarget>> exclusions = new HashMap<>();
		jdbc.query("select rollout_id, stage_no, starts_at, kind, ref_id, excluded from rollout_target", rs -> {
			long rollout = rs.getLong(1);
			Long ref = rs.getObject(5) == null ? null : rs.getLong(5);
			RolloutTarget target = new RolloutTarget(TargetKind.valueOf(rs.getString(4)), ref);
			if (rs.getBoolean(6)) {
				exclusions.computeIfAbsent(rollout, k -> new ArrayList<>()).add(target);
			}
			else {
				Instant start = utc(rs.getObject(3, LocalDateTime.class));
				stages.computeIfAbsent(rollout, k -> new TreeMap<>())
					.merge(rs.getInt(2), new Stage(start, List.of(target)), (a, b) -> {
						List<RolloutTarget> all = new ArrayList<>(a.targets());
						all.addAll(b.targets());
						return new Stage(a.startsAt(), all);
					});
			}
		});
		List<OfferIndex.RolloutRule> rollouts = jdbc.query("""
				select id, package_id, name, priority, quota_per_branch, ends_at, paused from rollout""", (rs, n) -> {
			long id = rs.getLong(1);
			Instant ends = utc(rs.getObject(6, LocalDateTime.class));
			return new OfferIndex.RolloutRule(id, rs.getLong(2), rs.getString(3), rs.getInt(4),
					(Integer) rs.getObject(5, Integer.class), ends, rs.getBoolean(7),
					new ArrayList<>(stages.getOrDefault(id, new TreeMap<>()).values()),
					exclusions.getOrDefault(id, List.of()));
		});
		return new Rules(packages, rollouts);
	}

	/**
	 * Instants are stored as UTC date-times (hibernate.jdbc.time_zone=UTC); read them
	 * back the same way.
	 */
	static Instant utc(LocalDateTime stored) {
		return stored == null ? null : stored.toInstant(ZoneOffset.UTC);
	}

	static Set<String> grades(String csv) {
		return csv == null || csv.isBlank() ? Set.of() : new HashSet<>(Arrays.asList(csv.split(",")));
	}

	static Instant midnight(LocalDate day, ZoneId zone) {
		return day.atStartOfDay(zone).toInstant();
	}

	static Instant dayAfter(LocalDate day, ZoneId zone) {
		return day == null ? null : day.plusDays(1).atStartOfDay(zone).toInstant();
	}

}
