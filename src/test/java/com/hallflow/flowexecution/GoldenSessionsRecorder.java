package com.hallflow.flowexecution;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.flowdesign.PublishedFlow;
import com.hallflow.flowdesign.PublishedFlowService;
import com.hallflow.flowdesign.StandardFlows;
import com.hallflow.flowexecution.engine.RunEngine;
import com.hallflow.flowexecution.engine.RunState;
import com.hallflow.flowexecution.internal.PersonalValues;
import com.hallflow.flowexecution.internal.RunStateCache;
import com.hallflow.organization.BranchSummary;
import com.hallflow.promotion.OfferAnswer;
import com.hallflow.promotion.OfferOutcome;
import com.hallflow.promotion.PromotionFixtures;
import com.hallflow.promotion.RolloutTarget;
import com.hallflow.promotion.VasPackage;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.support.Fixtures;
import com.hallflow.support.H2Test;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the golden sessions ({@link GoldenSessions}): serves each through the real
 * services on the embedded database and keeps its stored steps and the state the live
 * session had. A tool, not a check, so it runs only when asked:
 * {@code ./mvnw test -Dtest=GoldenSessionsRecorder -Dgolden.record=true}. Recorded
 * sessions are a contract: add new ones, never re-record old ones to make a replay pass.
 */
@H2Test
@EnabledIfSystemProperty(named = "golden.record", matches = "true")
class GoldenSessionsRecorder {

	@Autowired
	ServiceSessionService sessions;

	@Autowired
	StandardFlows standardFlows;

	@Autowired
	PublishedFlowService published;

	@Autowired
	PersonalValues personal;

	@Autowired
	RunStateCache cache;

	@Autowired
	PromotionFixtures promotions;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	BranchSummary branch;

	@BeforeEach
	void signInAsClerk() {
		SystemAuthentication.runAsSystem(standardFlows::install);
		branch = fixtures.branch("金样厅");
		Fixtures.signIn(fixtures.user(StaffRole.BRANCH_STAFF, branch.id()));
	}

	@AfterEach
	void signOut() {
		Fixtures.signOut();
	}

	@Test
	void records_the_golden_sessions() throws IOException {
		for (String key : StandardFlows.keys()) {
			String name = key.toLowerCase().replace('_', '-') + "-completed";
			serve(name, key + " served to its end with every input filled", key, false, clerk -> clerk,
					session -> session);
		}
		serve("plan-change-suspended-pays-first",
				"PLAN_CHANGE on a suspended line: calls BILL_PAYMENT, returns, completes", "PLAN_CHANGE", false,
				clerk -> clerk.answer("suspended", "true"), session -> session);
		serve("plan-change-went-back",
				"PLAN_CHANGE: suspended answered yes, the clerk goes back, answers no, completes", "PLAN_CHANGE", false,
				clerk -> clerk, this::wentBackAtStatus);
		serve("password-reset-redirected", "PASSWORD_RESET ended early as redirected to self-service", "PASSWORD_RESET",
				false, clerk -> clerk.answer("knowsPassword", "true"), session -> session);
		serve("bill-payment-practice", "BILL_PAYMENT in practice mode", "BILL_PAYMENT", true, clerk -> clerk,
				session -> session);
		serve("new-subscription-abandoned", "NEW_SUBSCRIPTION abandoned at its third step", "NEW_SUBSCRIPTION", false,
				clerk -> clerk, session -> session);
		VasPackage video = promotions.pack("金样视频会员", "15");
		promotions.rollout(video, null, RolloutTarget.branch(branch.id()));
		serve("sim-replacement-offer-accepted", "SIM_REPLACEMENT with a promoted package offered and accepted",
				"SIM_REPLACEMENT", false, clerk -> clerk.offers(PromotionFixtures.SIM_RECOMMEND.stepKey(),
						new OfferAnswer(video.id(), OfferOutcome.ACCEPTED, null)),
				session -> session);
	}

	private RunningSession wentBackAtStatus(RunningSession started) {
		Clerk suspended = new Clerk(sessions).answer("suspended", "true");
		RunningSession session = started;
		while (!session.currentStep().key().equals("suspended-notice")) {
			session = suspended.next(session);
		}
		SubmitResult back = sessions.back(session.id(), session.sequence());
		assertThat(back.errors()).isEmpty();
		return back.session();
	}

	private void serve(String name, String description, String flowKey, boolean practice, UnaryOperator<Clerk> clerk,
			UnaryOperator<RunningSession> before) throws IOException {
		RunningSession session = before
			.apply(sessions.start(new StartSessionCommand(flowKey, practice, "李女士", Clerk.MOBILE, "GOLD")));
		Clerk counter = clerk.apply(new Clerk(sessions));
		RunState live;
		if (name.endsWith("abandoned")) {
			session = counter.next(counter.next(session));
			live = cache.get(session.id()).state();
			sessions.abandon(session.id(), "客户临时有事离开");
		}
		else {
			session = counter.finish(session);
			live = cache.get(session.id()).state();
		}
		long sessionRow = jdbc.queryForObject("select id from service_session where public_id = ?", Long.class,
				session.id());
		long root = jdbc.queryForObject("select flow_version_id from service_session where id = ?", Long.class,
				sessionRow);
		List<GoldenSessions.Row> rows = jdbc.query("""
				select sequence, kind, flow_key, step_key, shown_values, sealed_values, checked_items, next_target,
				  called_version_id from step_record where session_id = ? order by sequence""",
				(rs, i) -> new GoldenSessions.Row(rs.getInt("sequence"), rs.getString("kind"), rs.getString("flow_key"),
						rs.getString("step_key"),
						personal.opened(rs.getString("shown_values"), rs.getString("sealed_values")),
						rs.getString("checked_items"), rs.getString("next_target"),
						(Long) rs.getObject("called_version_id", Long.class)),
				sessionRow);
		Set<Long> versions = new LinkedHashSet<>();
		versions.add(root);
		rows.stream().map(GoldenSessions.Row::calledVersionId).filter(v -> v != null).forEach(versions::add);
		List<PublishedFlow> flows = new ArrayList<>(versions.stream().map(published::byVersionId).toList());
		GoldenSessions.write(name, description, root, flows, rows, live);

		GoldenSessions.Golden written = GoldenSessions.read(GoldenSessions.FOLDER.resolve(name + ".json"));
		assertThat(written.replay(new RunEngine(written.lookup()))).as(name).isEqualTo(live);
	}

}
