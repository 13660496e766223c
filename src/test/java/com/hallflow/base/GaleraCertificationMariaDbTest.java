package com.hallflow.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallflow.support.MariaDb;
import com.hallflow.support.MariaDbTest;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Only on the Galera cluster (the Maven profile {@code galera} names its nodes' ports): a
 * write set that loses certification against another node's commit is reported at commit
 * as a deadlock, and must reach the application as the same exception an InnoDB deadlock
 * does, so every place that retries a deadlock also retries a certification conflict
 * (docs/decisions/0028-galera-cluster.md).
 */
@MariaDbTest
@EnabledIfEnvironmentVariable(named = "HALLFLOW_GALERA_NODE_PORTS", matches = ".+")
class GaleraCertificationMariaDbTest {

	@Autowired
	private PlatformTransactionManager transactions;

	@Autowired
	private EntityManager entityManager;

	@BeforeEach
	void aRowToFightOver() throws SQLException {
		try (Connection c = DriverManager.getConnection(MariaDb.URL, MariaDb.USER, MariaDb.PASSWORD);
				Statement s = c.createStatement()) {
			s.execute("create table if not exists galera_probe (id int primary key, v int not null)");
			s.execute("replace into galera_probe values (1, 0)");
		}
	}

	@Test
	void a_commit_that_loses_certification_is_a_pessimistic_locking_failure() {
		TransactionTemplate tx = new TransactionTemplate(transactions);
		assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
			entityManager.createNativeQuery("update galera_probe set v = v + 1 where id = 1").executeUpdate();
			int writer = ((Number) entityManager.createNativeQuery("select @@port").getSingleResult()).intValue();
			commitOnAnotherNode(writer, "update galera_probe set v = v + 100 where id = 1");
		})).isInstanceOf(PessimisticLockingFailureException.class);
		assertThat(probe()).as("the other node's commit stands, ours is gone").isEqualTo(100);
	}

	private void commitOnAnotherNode(int writer, String sql) {
		List<Integer> others = Arrays.stream(System.getenv("HALLFLOW_GALERA_NODE_PORTS").split(","))
			.map(Integer::valueOf)
			.filter(port -> port != writer)
			.toList();
		assertThat(others).as("another node than the writer at port %d", writer).isNotEmpty();
		try (Connection c = DriverManager.getConnection(MariaDb.urlOnPort(others.get(0)), MariaDb.USER,
				MariaDb.PASSWORD); Statement s = c.createStatement()) {
			assertThat(s.executeUpdate(sql)).isEqualTo(1);
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	private int probe() {
		try (Connection c = DriverManager.getConnection(MariaDb.URL, MariaDb.USER, MariaDb.PASSWORD);
				Statement s = c.createStatement()) {
			var rs = s.executeQuery("select v from galera_probe where id = 1");
			rs.next();
			return rs.getInt(1);
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

}
