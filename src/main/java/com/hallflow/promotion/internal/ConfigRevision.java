package com.hallflow.promotion.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The promotion configuration's revision in the database. Every change bumps it in its
 * own transaction, so it moves exactly when the change commits; each node compares it
 * with the revision its index was built from (docs/architecture.md §8).
 */
@Component
public class ConfigRevision {

	static final String NAME = "promotion";

	private final JdbcTemplate jdbc;

	ConfigRevision(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void bump() {
		jdbc.update("update config_revision set revision = revision + 1 where name = ?", NAME);
	}

	public long current() {
		Long revision = jdbc.queryForObject("select revision from config_revision where name = ?", Long.class, NAME);
		return revision == null ? 0 : revision;
	}

}
