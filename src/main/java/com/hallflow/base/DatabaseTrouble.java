package com.hallflow.base;

import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure of the database itself (unreachable, hanging, line dropped) from a
 * failure of what was asked of it. The first is nobody's mistake and passes: the user is
 * told the service is briefly unavailable, not that something went wrong with their work.
 */
public final class DatabaseTrouble {

	private DatabaseTrouble() {
	}

	/** Whether the database's being out of reach caused this. */
	public static boolean isCause(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
					|| t instanceof QueryTimeoutException || t instanceof SQLTransientConnectionException
					|| t instanceof SQLNonTransientConnectionException || t instanceof SocketTimeoutException) {
				return true;
			}
			// SQLSTATE class 08: connection exception
			if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
				return true;
			}
		}
		return false;
	}

}
