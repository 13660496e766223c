package com.hallflow.insight;

import com.hallflow.base.BusinessException;
import com.hallflow.flowdesign.PublishedFlow;
import com.hallflow.flowdesign.PublishedFlowService;
import com.hallflow.insight.internal.SessionRollups;
import com.hallflow.organization.BranchFilter;
import com.hallflow.organization.BranchService;
import com.hallflow.organization.BranchSummary;
import com.hallflow.organization.RegionNode;
import com.hallflow.organization.RegionService;
import com.hallflow.security.CurrentUser;
import com.hallflow.security.Supervisor;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service-quality figures and staff assessment from the rollups (never from raw step rows):
 * by flow, province, branch, clerk and day, the checklist items clerks skipped, and where
 * sessions were abandoned. Head office sees every branch; a branch manager only their own, and
 * asking for another branch is refused. Practice sessions are never counted.
 */
@Service
@Transactional(readOnly = true)
@Supervisor
public class DashboardService {

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final PublishedFlowService flows;
    private final RegionService regions;
    private final BranchService branches;

    DashboardService(JdbcTemplate jdbc, CurrentUser currentUser, PublishedFlowService flows, RegionService regions,
                     BranchService branches) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.flows = flows;
        this.regions = regions;
        this.branches = branches;
    }

    /** The filter as this user may use it: a manager's is pinned to their branch. */
    public DashboardFilter scoped(DashboardFilter filter) {
        if (filter.from() == null || filter.to() == null || filter.to().isBefore(filter.from())) {
            throw BusinessException.forField("to", "insight.filter.dates");
        }
        Optional<Long> own = currentUser.branchScope();
        if (own.isPresent()) {
            if (filter.branchId() != null && !filter.branchId().equals(own.get())) {
                throw new BusinessException("organization.branch.notFound");
            }
            return new DashboardFilter(filter.from(), filter.to(), null, own.get(), filter.flowKey());
        }
        return filter;
    }

    public List<Figures> byFlow(DashboardFilter filter) {
        Map<String, String> names = flowNames();
        return figures(scoped(filter), "flow_key", "flow_key", key -> names.getOrDefault(key, key));
    }

    public List<Figures> byProvince(DashboardFilter filter) {
        Map<String, String> names = regions.all().stream()
                .collect(Collectors.toMap(r -> Long.toString(r.id()), RegionNode::name));
        return figures(scoped(filter), "province_id", "province_id", key -> names.getOrDefault(key, key));
    }

    public List<Figures> byBranch(DashboardFilter filter) {
        DashboardFilter scoped = scoped(filter);
        Map<String, String> names = branchNames(scoped);
        return figures(scoped, "branch_id", "branch_id", key -> names.getOrDefault(key, key));
    }

    public List<Figures> byDay(DashboardFilter filter) {
        return figures(scoped(filter), "business_day", "business_day", Function.identity()).stream()
                .sorted(Comparator.comparing(Figures::key)).toList();
    }

    /** Per-clerk assessment of one branch: the manager's own, or the branch head office chose. */
    public List<Figures> byClerk(DashboardFilter filter) {
        DashboardFilter scoped = scoped(filter);
        if (scoped.branchId() == null) {
            throw BusinessException.forField("branchId", "insight.filter.branchRequired");
        }
        Map<String, String> names = new HashMap<>();
        Where where = where(scoped);
        jdbc.query("select clerk_id, max(clerk_name) from session_rollup" + where.sql + " group by clerk_id",
                rs -> {
                    names.put(rs.getString(1), rs.getString(2));
                }, where.args.toArray());
        return figures(scoped, "clerk_id", null, key -> names.getOrDefault(key, key));
    }

    /** Which clerks left which checklist items unticked, most often first. */
    public List<SkippedItemRow> skippedItems(DashboardFilter filter) {
        DashboardFilter scoped = scoped(filter);
        Map<String, String> flowNames = flowNames();
        Map<Long, String> clerkNames = new HashMap<>();
        Where rollupWhere = where(scoped);
        jdbc.query("select clerk_id, max(clerk_name) from session_rollup" + rollupWhere.sql + " group by clerk_id",
                rs -> {
                    clerkNames.put(rs.getLong(1), rs.getString(2));
                }, rollupWhere.args.toArray());
        Where where = where(scoped);
        return jdbc.query("""
                        select clerk_id, flow_key, step_key, item_no, max(item_text), sum(skipped) from skipped_item_rollup
                        """ + where.sql + " group by clerk_id, flow_key, step_key, item_no order by 6 desc, 1, 2, 3, 4",
                (rs, n) -> new SkippedItemRow(rs.getLong(1), clerkNames.getOrDefault(rs.getLong(1), "?"),
                        rs.getString(2), flowNames.getOrDefault(rs.getString(2), rs.getString(2)), rs.getString(3),
                        rs.getString(5), rs.getLong(6)), where.args.toArray());
    }

    /** Where sessions were abandoned, most often first. */
    public List<DropOffRow> dropOff(DashboardFilter filter) {
        DashboardFilter scoped = scoped(filter);
        Map<String, String> flowNames = flowNames();
        Where where = where(scoped);
        return jdbc.query("select flow_key, step_key, max(step_title), sum(abandons) from abandon_rollup" + where.sql
                        + " group by flow_key, step_key order by 4 desc, 1, 2",
                (rs, n) -> new DropOffRow(rs.getString(1), flowNames.getOrDefault(rs.getString(1), rs.getString(1)),
                        rs.getString(2), rs.getString(3), rs.getLong(4)), where.args.toArray());
    }

    /** Offer conversion per package over everything in the filter, most offered first. */
    public List<OfferFigures> offersByPackage(DashboardFilter filter) {
        return offers(scoped(filter), null, Map.of());
    }

    /**
     * Offer conversion per package and place: per province over the network, per branch once a
     * province or a branch is chosen (a manager: their branch).
     */
    public List<OfferFigures> offersByPlace(DashboardFilter filter) {
        DashboardFilter scoped = scoped(filter);
        if (scoped.branchId() == null && scoped.provinceId() == null) {
            Map<String, String> names = regions.all().stream()
                    .collect(Collectors.toMap(r -> Long.toString(r.id()), RegionNode::name));
            return offers(scoped, "province_id", names);
        }
        return offers(scoped, "branch_id", branchNames(scoped));
    }

    /** Offers made (put to the customer) and accepted per clerk of one branch, by clerk id. */
    public Map<String, long[]> offersByClerk(DashboardFilter filter) {
        DashboardFilter scoped = scoped(filter);
        if (scoped.branchId() == null) {
            throw BusinessException.forField("branchId", "insight.filter.branchRequired");
        }
        Where where = where(scoped);
        Map<String, long[]> byClerk = new HashMap<>();
        jdbc.query("select clerk_id, sum(offered), sum(accepted) from offer_rollup" + where.sql + " group by clerk_id",
                rs -> {
                    byClerk.put(rs.getString(1), new long[]{rs.getLong(2), rs.getLong(3)});
                }, where.args.toArray());
        return byClerk;
    }

    private List<OfferFigures> offers(DashboardFilter filter, String place, Map<String, String> placeNames) {
        Where where = where(filter);
        String by = place == null ? "" : place + ", ";
        List<OfferFigures> rows = jdbc.query("select " + by + "package_id, max(package_code), max(package_name),"
                        + " sum(offered), sum(accepted), sum(not_offered) from offer_rollup" + where.sql
                        + " group by " + by + "package_id",
                (rs, n) -> {
                    int at = place == null ? 1 : 2;
                    String key = place == null ? "ALL" : rs.getString(1);
                    return new OfferFigures(key, place == null ? "" : placeNames.getOrDefault(key, key),
                            rs.getLong(at), rs.getString(at + 1), rs.getString(at + 2), rs.getLong(at + 3),
                            rs.getLong(at + 4), rs.getLong(at + 5));
                }, where.args.toArray());
        List<OfferFigures> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(OfferFigures::placeLabel).thenComparing(
                Comparator.comparingLong(OfferFigures::offered).reversed()).thenComparing(OfferFigures::packageCode));
        return sorted;
    }

    private Map<String, String> branchNames(DashboardFilter scoped) {
        Map<String, String> names = new HashMap<>();
        if (scoped.branchId() != null) {
            BranchSummary one = branches.get(scoped.branchId());
            names.put(Long.toString(one.id()), one.code() + " " + one.name());
        } else {
            branches.list(BranchFilter.any(), PageRequest.of(0, 100_000))
                    .forEach(b -> names.put(Long.toString(b.id()), b.code() + " " + b.name()));
        }
        return names;
    }

    /** Everything in the filter, as one row. */
    public Figures total(DashboardFilter filter) {
        DashboardFilter scoped = scoped(filter);
        Where where = where(scoped);
        Map<String, Integer> p90 = p90(scoped, null);
        return jdbc.queryForObject("select coalesce(sum(sessions), 0), coalesce(sum(completed), 0),"
                        + " coalesce(sum(abandoned), 0), coalesce(sum(handle_ms), 0), coalesce(sum(over_target), 0),"
                        + " coalesce(sum(compliant), 0) from " + rollupTable(scoped, null) + where.sql,
                (rs, n) -> new Figures("ALL", "ALL", rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), p90.get("ALL")), where.args.toArray());
    }

    /**
     * Sums of the rollup rows grouped by {@code group}; p90 from the handle-time buckets grouped by
     * {@code bucketGroup} (the bucket table has no clerk: per clerk, no p90).
     */
    private List<Figures> figures(DashboardFilter filter, String group, String bucketGroup,
                                  Function<String, String> label) {
        Where where = where(filter);
        Map<String, Integer> p90 = bucketGroup == null ? Map.of() : p90(filter, bucketGroup);
        List<Figures> rows = jdbc.query("select " + group + ", sum(sessions), sum(completed), sum(abandoned),"
                        + " sum(handle_ms), sum(over_target), sum(compliant) from " + rollupTable(filter, group)
                        + where.sql
                        + " group by " + group,
                (rs, n) -> {
                    String key = rs.getString(1);
                    return new Figures(key, label.apply(key), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                            rs.getLong(5), rs.getLong(6), rs.getLong(7), p90.get(key));
                }, where.args.toArray());
        List<Figures> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingLong(Figures::sessions).reversed().thenComparing(Figures::key));
        return sorted;
    }

    /** p90 per group ({@code group} null: one figure, under the key "ALL"). */
    private Map<String, Integer> p90(DashboardFilter filter, String group) {
        Where where = where(filter);
        Map<String, TreeMap<Integer, Long>> buckets = new LinkedHashMap<>();
        String key = group == null ? "" : group + ", ";
        jdbc.query("select " + key + "bucket, sum(sessions) from " + bucketTable(filter, group) + where.sql + " group by "
                + key + "bucket", rs -> {
                    String k = group == null ? "ALL" : rs.getString(1);
                    int at = group == null ? 1 : 2;
                    buckets.computeIfAbsent(k, x -> new TreeMap<>()).merge(rs.getInt(at), rs.getLong(at + 1),
                            Long::sum);
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

    /** Without a branch, and not grouped by branch or clerk, the per-province table has the same sums. */
    private static String rollupTable(DashboardFilter f, String group) {
        return f.branchId() == null && !"branch_id".equals(group) && !"clerk_id".equals(group)
                ? "province_rollup" : "session_rollup";
    }

    private static String bucketTable(DashboardFilter f, String group) {
        return f.branchId() == null && !"branch_id".equals(group) ? "province_time_bucket" : "handle_time_bucket";
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
        if (f.flowKey() != null) {
            sql.append(" and flow_key = ?");
            args.add(f.flowKey());
        }
        return new Where(sql.toString(), args);
    }

    private Map<String, String> flowNames() {
        Map<String, String> names = new HashMap<>();
        for (PublishedFlow flow : flows.startable()) {
            names.put(flow.key(), flow.document().name());
        }
        return names;
    }
}
