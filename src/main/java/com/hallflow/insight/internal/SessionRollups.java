package com.hallflow.insight.internal;

import com.hallflow.flowexecution.SessionEnded;
import com.hallflow.flowexecution.SessionStatus;
import com.hallflow.promotion.OfferOutcome;
import com.hallflow.organization.BranchService;
import com.hallflow.organization.RegionNode;
import com.hallflow.organization.RegionService;
import java.sql.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the rollups for each ended session, in the transaction that relays its end (shortly after
 * the end commits, see {@code EndedSessions}): one upsert for the day ×
 * branch × flow × clerk row, one for the handle-time bucket or the abandon step, one per
 * skipped checklist item, one per offer answered. Practice sessions are not counted.
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
    public void on(SessionEnded ended) {
        if (ended.practice()) {
            return;
        }
        long region = regionOf(ended.branchId());
        long province = provinceOf(region);
        Date day = Date.valueOf(ended.businessDay());
        boolean completed = ended.status() == SessionStatus.ENDED;
        long handle = completed ? Math.max(0, ended.handleMillis()) : 0;
        boolean over = completed && ended.targetMinutes() != null && handle > ended.targetMinutes() * 60_000L;
        boolean compliant = completed && ended.skipped().isEmpty();
        jdbc.update("""
                        insert into session_rollup (business_day, branch_id, flow_key, clerk_id, region_id, province_id,
                          clerk_name, sessions, completed, abandoned, handle_ms, over_target, compliant)
                        values (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)
                        on duplicate key update sessions = sessions + 1, completed = completed + ?,
                          abandoned = abandoned + ?, handle_ms = handle_ms + ?, over_target = over_target + ?,
                          compliant = compliant + ?, clerk_name = ?""",
                day, ended.branchId(), ended.flowKey(), ended.clerkId(), region, province, ended.clerkDisplayName(),
                completed ? 1 : 0, completed ? 0 : 1, handle, over ? 1 : 0, compliant ? 1 : 0,
                completed ? 1 : 0, completed ? 0 : 1, handle, over ? 1 : 0, compliant ? 1 : 0,
                ended.clerkDisplayName());
        jdbc.update("""
                        insert into province_rollup (business_day, province_id, flow_key, sessions, completed, abandoned,
                          handle_ms, over_target, compliant) values (?, ?, ?, 1, ?, ?, ?, ?, ?)
                        on duplicate key update sessions = sessions + 1, completed = completed + ?,
                          abandoned = abandoned + ?, handle_ms = handle_ms + ?, over_target = over_target + ?,
                          compliant = compliant + ?""",
                day, province, ended.flowKey(), completed ? 1 : 0, completed ? 0 : 1, handle, over ? 1 : 0,
                compliant ? 1 : 0, completed ? 1 : 0, completed ? 0 : 1, handle, over ? 1 : 0, compliant ? 1 : 0);
        for (SessionEnded.Offer offer : ended.offers()) {
            int offered = offer.outcome() == OfferOutcome.NOT_OFFERED ? 0 : 1;
            int accepted = offer.outcome() == OfferOutcome.ACCEPTED ? 1 : 0;
            jdbc.update("""
                            insert into offer_rollup (business_day, branch_id, clerk_id, flow_key, package_id, province_id,
                              package_code, package_name, offered, accepted, not_offered)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            on duplicate key update offered = offered + ?, accepted = accepted + ?,
                              not_offered = not_offered + ?, package_code = ?, package_name = ?""",
                    day, ended.branchId(), ended.clerkId(), ended.flowKey(), offer.packageId(), province,
                    offer.packageCode(), offer.packageName(), offered, accepted, 1 - offered, offered, accepted,
                    1 - offered, offer.packageCode(), offer.packageName());
        }
        if (completed) {
            int bucket = (int) Math.min(LAST_BUCKET, handle / 1000 / BUCKET_SECONDS);
            jdbc.update("""
                    insert into province_time_bucket (business_day, province_id, flow_key, bucket, sessions)
                    values (?, ?, ?, ?, 1) on duplicate key update sessions = sessions + 1""",
                    day, province, ended.flowKey(), bucket);
            jdbc.update("""
                    insert into handle_time_bucket (business_day, branch_id, flow_key, bucket, province_id, sessions)
                    values (?, ?, ?, ?, ?, 1) on duplicate key update sessions = sessions + 1""",
                    day, ended.branchId(), ended.flowKey(), bucket, province);
            for (SessionEnded.SkippedItem item : ended.skipped()) {
                String text = item.itemText().length() > 200 ? item.itemText().substring(0, 200) : item.itemText();
                jdbc.update("""
                                insert into skipped_item_rollup (business_day, branch_id, clerk_id, flow_key, step_key,
                                  item_no, province_id, item_text, skipped) values (?, ?, ?, ?, ?, ?, ?, ?, 1)
                                on duplicate key update skipped = skipped + 1, item_text = ?""",
                        day, ended.branchId(), ended.clerkId(), item.flowKey(), item.stepKey(), item.itemNo(),
                        province, text, text);
            }
        } else if (ended.abandonedAt() != null) {
            String title = ended.abandonedAtTitle() == null ? ended.abandonedAt() : ended.abandonedAtTitle();
            jdbc.update("""
                            insert into abandon_rollup (business_day, branch_id, flow_key, step_key, province_id,
                              step_title, abandons) values (?, ?, ?, ?, ?, ?, 1)
                            on duplicate key update abandons = abandons + 1""",
                    day, ended.branchId(), ended.flowKey(), ended.abandonedAt(), province,
                    title.length() > 200 ? title.substring(0, 200) : title);
        }
    }

    /** A branch's region as last read, for at most a minute (a branch moved to another region is seen then). */
    private long regionOf(long branchId) {
        long now = System.nanoTime();
        long[] known = branchRegions.get(branchId);
        if (known == null || now - known[1] > REGION_CACHE_NANOS) {
            known = new long[]{branches.get(branchId).regionId(), now};
            branchRegions.put(branchId, known);
        }
        return known[0];
    }

    /** The province of a region (itself for a province); regions are read again when one is new here. */
    public long provinceOf(long region) {
        Long known = provinces.get(region);
        if (known == null) {
            Map<Long, Long> parents = new java.util.HashMap<>();
            for (RegionNode r : regions.all()) {
                parents.put(r.id(), r.parentId());
            }
            for (Long id : parents.keySet()) {
                Long at = id;
                for (int guard = 0; parents.get(at) != null && guard < 64; guard++) {
                    at = parents.get(at);
                }
                provinces.put(id, at);
            }
            known = provinces.getOrDefault(region, region);
        }
        return known;
    }
}
