package com.hallflow.base;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The revisions of the configuration areas in {@code config_revision}, one row per area
 * ({@code promotion}, {@code variant}, {@code organization}). Every change bumps its
 * area's row in the change's own transaction, so the revision moves exactly when the
 * change commits; each node compares it with the revision its in-memory index was built
 * from (docs/architecture.md §8).
 */
@Component
public class ConfigRevision {

	private final JdbcTemplate jdbc;

	ConfigRevision(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Moves the area's revision. The update holds the row until the transaction ends, so
	 * changes of one area that bump first run one after another.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void bump(String area) {
		jdbc.update("update config_revision set revision = revision + 1 where name = ?", area);
	}

	public long current(String area) {
		Long revision = jdbc.queryForObject("select revision from config_revision where name = ?", Long.class, area);
		return revision == null ? 0 : revision;
	}

}
