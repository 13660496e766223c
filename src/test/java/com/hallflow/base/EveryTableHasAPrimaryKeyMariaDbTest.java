package com.hallflow.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.support.MariaDbTest;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Galera replicates rows by their primary key: a table without one is applied by full
 * scans on every node, and its deletes may diverge
 * (docs/decisions/0028-galera-cluster.md). Every table the changelogs create has one;
 * Liquibase's own history table is append-only.
 */
@MariaDbTest
class EveryTableHasAPrimaryKeyMariaDbTest {

	@Autowired
	private EntityManager entityManager;

	@Test
	void every_table_of_the_schema_has_a_primary_key() {
		@SuppressWarnings("unchecked")
		List<String> tables = entityManager.createNativeQuery("""
				select t.table_name from information_schema.tables t
				where t.table_schema = database() and t.table_type = 'BASE TABLE'""").getResultList();
		@SuppressWarnings("unchecked")
		List<String> withoutKey = entityManager.createNativeQuery("""
				select t.table_name from information_schema.tables t
				where t.table_schema = database() and t.table_type = 'BASE TABLE'
				  and not exists (select 1 from information_schema.table_constraints c
				    where c.table_schema = t.table_schema and c.table_name = t.table_name
				      and c.constraint_type = 'PRIMARY KEY')
				order by t.table_name""").getResultList();
		assertThat(tables).as("the changelogs ran").contains("service_session", "flow_overlay");
		assertThat(withoutKey).containsExactly("DATABASECHANGELOG");
	}

	@Test
	void the_schema_uses_innodb_only() {
		@SuppressWarnings("unchecked")
		List<String> other = entityManager.createNativeQuery("""
				select t.table_name from information_schema.tables t
				where t.table_schema = database() and t.table_type = 'BASE TABLE' and t.engine <> 'InnoDB'
				""").getResultList();
		assertThat(other).as("Galera replicates InnoDB tables only").isEmpty();
	}

}
