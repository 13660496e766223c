package com.hallflow.promotion.internal;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Acceptances per rollout and branch. Taking one is a conditional increment, so
 * concurrent acceptances at one branch never pass the quota: the database serialises the
 * row, and the one that would pass it changes nothing and is refused. It runs in the
 * caller's transaction, so a step that is refused for another reason gives the acceptance
 * back.
 */
@Component
public class Quotas {

	private final JdbcTemplate jdbc;

	Quotas(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Counts one acceptance unless the quota is used up; false when it is. */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean take(long rolloutId, long branchId, int quota) {
		jdbc.update("""
				insert into rollout_branch_usage (rollout_id, branch_id, accepted) values (?, ?, 0)
				on duplicate key update accepted = accepted""", rolloutId, branchId);
		return jdbc.update("""
				update rollout_branch_usage set accepted = accepted + 1
				where rollout_id = ? and branch_id = ? and accepted < ?""", rolloutId, branchId, quota) == 1;
	}

	/** Acceptances so far at a branch, by rollout. */
	public Map<Long, Integer> usedAt(long branchId) {
		Map<Long, Integer> used = new HashMap<>();
		jdbc.query("select rollout_id, accepted from rollout_branch_usage where branch_id = ?", rs -> {
			used.put(rs.getLong(1), rs.getInt(2));
		}, branchId);
		return used;
	}

}
