package com.hallflow.flowexecution;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.flowexecution.internal.CustomerNameSealing;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.support.ClearTextScan;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An existing deployment upgrades: its sessions hold customer names in clear, Liquibase
 * moves them aside (changelog 0017) and the application's first start encrypts and masks
 * them in the background, leaving none in clear. The subclasses prepare such a database
 * (the changelog up to 0017, then sessions with names) before their application context
 * starts, on H2 and on MariaDB.
 */
abstract class CustomerNameSealingContract {

	/** Names typed before, by the session's public id. */
	static final Map<String, String> TYPED_BEFORE = Map.of("before-1", "张建华", "before-2", "李女士", "before-3",
			"Anna Müller");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SessionRecordService records;

	@Autowired
	CustomerNameSealing sealing;

	/**
	 * Brings an empty database to the schema before changelog 0017 and serves three
	 * customers with names on it, as the application did then.
	 */
	static void servedBeforeNamesWereEncrypted(String url, String user, String password) {
		try (Connection connection = DriverManager.getConnection(url, user, password)) {
			Database database = DatabaseFactory.getInstance()
				.findCorrectDatabaseImplementation(new JdbcConnection(connection));
			Liquibase liquibase = new Liquibase("db/changelog/db.changelog-master.yaml",
					new ClassLoaderResourceAccessor(), database);
			List<ChangeSet> unrun = liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression());
			int before = (int) unrun.stream().takeWhile(c -> !c.getId().startsWith("0017-")).count();
			assertThat(before).as("changelog 0017 is still to come").isLessThan(unrun.size());
			liquibase.update(before, new Contexts(), new LabelExpression());
			try (PreparedStatement insert = connection.prepareStatement("""
					insert into service_session (lock_version, public_id, branch_id, branch_code, clerk_id, clerk_name,
					  clerk_display_name, flow_key, flow_name, flow_version_id, flow_version_number, practice, status,
					  outcome, sequence, customer_name, started_at, step_entered_at)
					values (0, ?, 1, 'B1', 1, 'clerk', '老员工', 'BILL_PAYMENT', '缴费', 1, 1, false, 'ENDED', 'COMPLETED',
					  5, ?, current_timestamp, current_timestamp)""")) {
				for (Map.Entry<String, String> session : TYPED_BEFORE.entrySet()) {
					insert.setString(1, session.getKey());
					insert.setString(2, session.getValue());
					insert.executeUpdate();
				}
			}
			if (!connection.getAutoCommit()) {
				connection.commit();
			}
		}
		catch (SQLException | LiquibaseException e) {
			throw new IllegalStateException("could not prepare the database as it was before changelog 0017", e);
		}
	}

	@Test
	void names_typed_before_are_encrypted_and_masked_at_the_first_start_and_none_is_left_in_clear() throws Exception {
		assertThat(sealing.finished().get(1, TimeUnit.MINUTES)).isEqualTo(TYPED_BEFORE.size());
		assertThat(jdbc.queryForObject("select count(*) from customer_name_pending", Integer.class)).isZero();
		Map<String, Map<String, Object>> rows = jdbc.queryForList("""
				select public_id, customer_name_encrypted, customer_name_masked, customer_salutation
				from service_session where public_id like 'before-%'""")
			.stream()
			.collect(Collectors.toMap(r -> (String) r.get("public_id"), r -> r));
		assertThat(rows).hasSize(3);
		assertThat(rows.values())
			.allSatisfy(r -> assertThat((String) r.get("customer_name_encrypted")).startsWith("v1:"));
		assertThat(rows.get("before-1")).containsEntry("customer_name_masked", "张**")
			.containsEntry("customer_salutation", null);
		assertThat(rows.get("before-2")).as("the salutation the typed name carries is kept for the scripts")
			.containsEntry("customer_name_masked", "李**")
			.containsEntry("customer_salutation", "MS");
		assertThat(rows.get("before-3")).containsEntry("customer_name_masked", "A*** M*****");

		assertThat(ClearTextScan.find(jdbc, TYPED_BEFORE.values())).as("names in clear").isEmpty();
		SystemAuthentication.runAsSystem(() -> {
			assertThat(records.records(RecordFilter.any(), Pageable.unpaged()))
				.filteredOn(s -> s.id().startsWith("before-"))
				.extracting(SessionSummary::customerNameMasked)
				.containsExactlyInAnyOrder("张**", "李**", "A*** M*****");
			TYPED_BEFORE.forEach((id, name) -> assertThat(records.revealName(id, RevealReason.AUDIT)).isEqualTo(name));
		});
	}

}
