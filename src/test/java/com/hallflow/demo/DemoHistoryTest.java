package com.hallflow.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.hallflow.base.ClockConfiguration;
import com.hallflow.flowexecution.RecordFilter;
import com.hallflow.flowexecution.ServiceSessionService;
import com.hallflow.flowexecution.SessionRecordService;
import com.hallflow.insight.DashboardFilter;
import com.hallflow.insight.DashboardService;
import com.hallflow.insight.Figures;
import com.hallflow.insight.OfferFigures;
import com.hallflow.insight.SkippedItemRow;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.security.UserAccountService;
import com.hallflow.security.UserFilter;
import com.hallflow.security.UserSummary;
import com.hallflow.support.Fixtures;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The embedded demo's first start serves a few days of counter work that the dashboards
 * show.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:hallflow-demo;MODE=MySQL;DB_CLOSE_DELAY=-1",
		"hallflow.demo.history-days=3" })
@ActiveProfiles("demo")
class DemoHistoryTest {

	@Autowired
	DemoDataLoader loader;

	@Autowired
	DashboardService dashboards;

	@Autowired
	ServiceSessionService sessions;

	@Autowired
	SessionRecordService sessionRecords;

	@Autowired
	UserAccountService users;

	@Autowired
	Clock clock;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void signOut() {
		Fixtures.signOut();
	}

	@Test
	void the_generated_days_are_real_sessions_and_the_dashboards_show_them() throws Exception {
		int served = loader.historyServed.get(5, TimeUnit.MINUTES);
		assertThat(served).isGreaterThan(60);
		UserSummary admin = SystemAuthentication.callAsSystem(
				() -> users.list(new UserFilter("admin", StaffRole.HQ_ADMIN, null), PageRequest.of(0, 1)).get(0));
		Fixtures.signIn(admin);
		LocalDate today = LocalDate.ofInstant(clock.instant(), ClockConfiguration.BUSINESS_ZONE);
		assertThat(clock.instant()).as("the demo clock reads the real time outside the history")
			.isCloseTo(Instant.now(), within(5, ChronoUnit.SECONDS));
		DashboardFilter history = new DashboardFilter(today.minusDays(3), today.minusDays(1), null, null, null);

		Figures total = dashboards.total(history);
		assertThat(total.sessions()).as("every session served is in the figures").isEqualTo(served);
		assertThat(sessionRecords
			.count(new RecordFilter(today.minusDays(3), today.minusDays(1), null, null, null, null, false)))
			.isEqualTo(served);
		assertThat(total.completed()).isPositive();
		assertThat(dashboards.byDay(history)).extracting(Figures::key).hasSize(3);
		assertThat(dashboards.byFlow(history)).extracting(Figures::key)
			.contains("BILL_PAYMENT", "PLAN_CHANGE", "NEW_SUBSCRIPTION");
		assertThat(dashboards.skippedItems(history)).as("the careless clerks left the ID copy")
			.extracting(SkippedItemRow::itemText)
			.contains("按规定复印身份证件");
		assertThat(dashboards.offersByPackage(history)).as("the network-wide data add-on was offered")
			.extracting(OfferFigures::packageCode)
			.contains("DATA-10G");
		assertThat(dashboards.offersByPackage(history))
			.allSatisfy(o -> assertThat(o.accepted()).isLessThanOrEqualTo(o.offered()));
	}

	@Test
	void plan_change_version_2_ran_only_at_the_pilot_branch() throws Exception {
		loader.historyServed.get(5, TimeUnit.MINUTES);
		List<Map<String, Object>> byBranch = jdbc.queryForList("""
				select s.branch_code, s.flow_version_number, count(*) as sessions from service_session s
				where s.flow_key = 'PLAN_CHANGE' group by s.branch_code, s.flow_version_number""");
		assertThat(byBranch).as("sessions of 套餐变更 by branch and version").isNotEmpty();
		assertThat(byBranch).allSatisfy(row -> assertThat(((Number) row.get("FLOW_VERSION_NUMBER")).intValue())
			.as("version at %s", row.get("BRANCH_CODE"))
			.isEqualTo(DemoVariants.PILOT_BRANCH.equals(row.get("BRANCH_CODE")) ? 2 : 1));
		assertThat(byBranch).extracting(row -> row.get("BRANCH_CODE")).contains(DemoVariants.PILOT_BRANCH);
	}

	@Test
	void guangdongs_branches_ran_its_face_check_and_zhejiangs_did_not() throws Exception {
		loader.historyServed.get(5, TimeUnit.MINUTES);
		List<Map<String, Object>> byBranch = jdbc.queryForList("""
				select s.branch_code, count(distinct s.id) as sessions,
				  count(distinct case when r.step_key = ? then s.id end) as face_checked
				from service_session s join step_record r on r.session_id = s.id
				where s.flow_key = ? and s.status = 'ENDED' and s.outcome = 'COMPLETED'
				group by s.branch_code""", DemoVariants.FACE_CHECK, DemoVariants.VARIED_FLOW);
		assertThat(byBranch).extracting(row -> row.get("BRANCH_CODE")).contains("GZ-TH-001", "HZ-XH-001");
		assertThat(byBranch).allSatisfy(row -> assertThat(((Number) row.get("FACE_CHECKED")).longValue())
			.as("completed 补卡 with 人证比对 at %s", row.get("BRANCH_CODE"))
			.isEqualTo(((String) row.get("BRANCH_CODE")).startsWith("HZ-") ? 0
					: ((Number) row.get("SESSIONS")).longValue()));
	}

}
