package com.hallflow.base.internal;

import com.hallflow.base.StartupRefusedException;
import java.net.ConnectException;
import java.sql.SQLException;
import liquibase.exception.MigrationFailedException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns the start-up failures an operator meets first (missing configuration, database
 * out of reach, a schema change the database refuses) into a short report instead of a
 * stack trace.
 */
public class StartupFailureAnalyzer implements FailureAnalyzer {

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof StartupRefusedException refused) {
				return new FailureAnalysis(refused.getMessage(), "Set the missing configuration and start again.",
						refused);
			}
		}
		Throwable unreachable = databaseUnreachable(failure);
		if (unreachable != null) {
			return new FailureAnalysis("Cannot connect to the database: " + oneLine(unreachable.getMessage()),
					"Check that the database is running and that HALLFLOW_DB_URL, HALLFLOW_DB_USER and "
							+ "HALLFLOW_DB_PASSWORD are right.",
					unreachable);
		}
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof MigrationFailedException migration) {
				return new FailureAnalysis(
						"The database schema could not be updated: "
								+ oneLine(migration.getMessage()).replaceAll(":$", "") + ": "
								+ oneLine(rootCause(migration).getMessage()),
						"Check that HALLFLOW_DB_URL names HallFlow's own database, then start again.", migration);
			}
		}
		return null;
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

	private static Throwable databaseUnreachable(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof ConnectException) {
				return t;
			}
			if (t instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || "28000".equals(sql.getSQLState()))) {
				return t;
			}
		}
		return null;
	}

	private static String oneLine(String message) {
		if (message == null) {
			return "no reason given";
		}
		int newline = message.indexOf('\n');
		return newline < 0 ? message : message.substring(0, newline);
	}

}
