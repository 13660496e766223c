package com.hallflow.variant.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The variant configuration's revision in {@code config_revision} (row {@code variant}):
 * moved by every rollout change, every head-office publish and every overlay publish in
 * the change's own transaction, so it moves exactly when the change commits; each node's
 * effective-flow index follows it (docs/architecture.md §8, §14).
 */
@Component
public class VariantRevision {

	static final String NAME = "variant";

	private final JdbcTemplate jdbc;

	VariantRevision(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Moves the revision. The update holds the row until the transaction ends, so changes
	 * that bump first run one after another (the one-open-rollout check relies on it).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void bump() {
		jdbc.update("update config_revision set revision = revision + 1 where name = ?", NAME);
	}

	public long current() {
		Long revision = jdbc.queryForObject("select revision from config_revision where name = ?", Long.class, NAME);
		return revision == null ? 0 : revision;
	}

}
