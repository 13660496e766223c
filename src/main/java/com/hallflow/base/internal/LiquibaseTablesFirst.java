package com.hallflow.base.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.ObjectQuotingStrategy;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.integration.spring.SpringLiquibase;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.statement.SqlStatement;
import liquibase.statement.core.CreateDatabaseChangeLogLockTableStatement;
import liquibase.statement.core.CreateDatabaseChangeLogTableStatement;
import liquibase.statement.core.InsertStatement;
import org.springframework.beans.factory.BeanInitializationException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Creates Liquibase's own two tables and the row of its lock, each only if missing, just
 * before Liquibase runs. Liquibase creates them itself before it takes its lock, so nodes
 * started together on an empty schema race there: a node that loses the race to create
 * DATABASECHANGELOG stops, and one that finds the lock table still empty deletes and
 * re-inserts the lock row, possibly while another node holds the lock. Done here with
 * {@code CREATE TABLE IF NOT EXISTS} and an insert that may find the row there, nothing
 * is left for Liquibase to create and its lock serialises the rest
 * (docs/decisions/0025-concurrent-first-start.md). The statements are Liquibase's own for
 * the database at hand, so the tables are exactly those it would make. A changeset the
 * database refuses is logged without its stack trace ({@link LiquibaseChangesetLog}).
 */
@Component
class LiquibaseTablesFirst implements BeanPostProcessor {

	private static final String CREATE_TABLE = "CREATE TABLE ";

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof SpringLiquibase liquibase) {
			LiquibaseChangesetLog.install();
			try {
				createIfMissing(liquibase.getDataSource());
			}
			catch (SQLException | LiquibaseException e) {
				throw new BeanInitializationException("Could not prepare Liquibase's tables", e);
			}
		}
		return bean;
	}

	private static void createIfMissing(DataSource dataSource) throws SQLException, LiquibaseException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			Database database = DatabaseFactory.getInstance()
				.findCorrectDatabaseImplementation(new JdbcConnection(connection));
			for (String table : statements(database, new CreateDatabaseChangeLogTableStatement(),
					new CreateDatabaseChangeLogLockTableStatement())) {
				statement.execute(table.replaceFirst("^" + CREATE_TABLE, CREATE_TABLE + "IF NOT EXISTS "));
			}
			try {
				for (String row : statements(database, lockRow(database))) {
					statement.executeUpdate(row);
				}
				commit(connection);
			}
			catch (SQLIntegrityConstraintViolationException anotherNodeInsertedIt) {
				if (!connection.getAutoCommit()) {
					connection.rollback();
				}
			}
		}
	}

	/** The lock row as Liquibase first inserts it: id 1, not locked. */
	private static InsertStatement lockRow(Database database) {
		return new InsertStatement(database.getLiquibaseCatalogName(), database.getLiquibaseSchemaName(),
				database.getDatabaseChangeLogLockTableName())
			.addColumnValue("ID", 1)
			.addColumnValue("LOCKED", Boolean.FALSE);
	}

	private static List<String> statements(Database database, SqlStatement... statements) {
		// Liquibase names its own tables with legacy quoting
		ObjectQuotingStrategy quoting = database.getObjectQuotingStrategy();
		database.setObjectQuotingStrategy(ObjectQuotingStrategy.LEGACY);
		try {
			List<String> sql = new ArrayList<>();
			for (SqlStatement statement : statements) {
				for (Sql generated : SqlGeneratorFactory.getInstance().generateSql(statement, database)) {
					sql.add(generated.toSql());
				}
			}
			return sql;
		}
		finally {
			database.setObjectQuotingStrategy(quoting);
		}
	}

	private static void commit(Connection connection) throws SQLException {
		if (!connection.getAutoCommit()) {
			connection.commit();
		}
	}

}
