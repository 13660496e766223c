package com.hallflow.base.internal;

import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Liquibase logs a changeset the database refuses with its whole stack trace, and the
 * start then stops with {@link StartupFailureAnalyzer}'s one line naming the changeset
 * and the reason. This keeps Liquibase's line and drops the trace, so the operator reads
 * the reason, not a stack trace.
 */
final class LiquibaseChangesetLog implements Filter {

	/** Held here: java.util.logging keeps a logger, and so its filter, only weakly. */
	private static final Logger LOGGER = Logger.getLogger("liquibase.changelog");

	private LiquibaseChangesetLog() {
	}

	static void install() {
		if (!(LOGGER.getFilter() instanceof LiquibaseChangesetLog)) {
			LOGGER.setFilter(new LiquibaseChangesetLog());
		}
	}

	@Override
	public boolean isLoggable(LogRecord log) {
		if (log.getLevel() == Level.SEVERE && log.getThrown() != null && log.getMessage() != null
				&& log.getMessage().endsWith(" encountered an exception.")) {
			log.setThrown(null);
		}
		return true;
	}

}
