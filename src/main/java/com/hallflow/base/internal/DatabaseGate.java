package com.hallflow.base.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Fails fast while the database is known to be out of reach. Once the pool has given up
 * on it (no connection could be made within its timeout) or the background check has
 * failed, every request for a connection is refused at once instead of each waiting the
 * pool's timeout again, so a page says "temporarily unavailable" in a moment rather than
 * after several waits in a row. The background check ({@link DatabaseHealth}, every
 * second, past the gate) opens it again as soon as the database answers.
 *
 * <p>
 * A pool that is merely busy (every connection lent out, none failing) does not close the
 * gate: only a timeout caused by a failed connection attempt does.
 */
@Component
class DatabaseGate implements BeanPostProcessor {

	private static final Logger log = LoggerFactory.getLogger(DatabaseGate.class);

	private volatile boolean open = true;

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return bean instanceof DataSource dataSource && !(bean instanceof Gated) ? new Gated(dataSource) : bean;
	}

	boolean isOpen() {
		return open;
	}

	/** The database answered: let requests through again. */
	void reached() {
		if (!open) {
			log.info("The database answers again");
		}
		open = true;
	}

	/** The database could not be reached: refuse requests until it answers again. */
	void lost(String why) {
		if (open) {
			log.warn("The database is out of reach ({}); requests fail at once until it answers again", why);
		}
		open = false;
	}

	/** The data source behind the gate, for the check that reopens it. */
	static DataSource behind(DataSource dataSource) {
		return dataSource instanceof Gated gated ? gated.getTargetDataSource() : dataSource;
	}

	private final class Gated extends DelegatingDataSource {

		Gated(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			refuseWhileClosed();
			try {
				return super.getConnection();
			}
			catch (SQLTransientConnectionException e) {
				closeIfTheDatabaseFailed(e);
				throw e;
			}
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			refuseWhileClosed();
			try {
				return super.getConnection(username, password);
			}
			catch (SQLTransientConnectionException e) {
				closeIfTheDatabaseFailed(e);
				throw e;
			}
		}

		private void refuseWhileClosed() throws SQLTransientConnectionException {
			if (!open) {
				// SQLSTATE 08001: the client could not establish the connection
				throw new SQLTransientConnectionException("The database is out of reach", "08001");
			}
		}

		private void closeIfTheDatabaseFailed(SQLTransientConnectionException timeout) {
			if (timeout.getCause() != null) {
				lost(timeout.getCause().getClass().getSimpleName());
			}
		}

	}

}
