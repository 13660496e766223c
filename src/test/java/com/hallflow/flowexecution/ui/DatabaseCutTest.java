package com.hallflow.flowexecution.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.hallflow.base.TranslationProvider;
import com.hallflow.flowdesign.StandardFlows;
import com.hallflow.flowexecution.Clerk;
import com.hallflow.flowexecution.RunningSession;
import com.hallflow.flowexecution.ServiceSessionService;
import com.hallflow.flowexecution.StartSessionCommand;
import com.hallflow.organization.BranchSummary;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.security.UserSummary;
import com.hallflow.support.Fixtures;
import com.hallflow.support.MariaDb;
import com.hallflow.support.MariaDbTest;
import com.hallflow.support.SecondNode;
import com.hallflow.support.TcpProxy;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The line between a node and MariaDB drops while a clerk presses Next: the clerk hears
 * of it within 3 s in words, nothing is half-written, what was entered stays on screen,
 * and the same Next succeeds once the database is back, without a reload. The node
 * reaches the database through a {@link TcpProxy} that the test cuts.
 */
@MariaDbTest
class DatabaseCutTest {

	@Autowired
	Environment environment;

	@Autowired
	Fixtures fixtures;

	@Autowired
	StandardFlows standardFlows;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@SuppressWarnings("unchecked")
	void a_submit_while_the_database_is_away_fails_within_three_seconds_and_succeeds_when_it_is_back()
			throws Exception {
		SystemAuthentication.runAsSystem(standardFlows::install);
		BranchSummary branch = fixtures.branch("断线测试厅");
		UserSummary clerk = fixtures.user(StaffRole.BRANCH_STAFF, branch.id());
		SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
		try (TcpProxy proxy = TcpProxy.to("127.0.0.1", 3306);
				ConfigurableApplicationContext node = SecondNode.start(environment, MariaDb.urlOnPort(proxy.port()))) {
			Function0<UI> uiFactory = UI::new;
			MockVaadin.setup(uiFactory,
					new MockSpringServlet(new Routes().autoDiscoverViews("com.hallflow"), node, uiFactory));
			UI.getCurrent().setLocale(TranslationProvider.CHINESE);
			// signed in once the (faked) Vaadin session exists: the node's security keeps
			// the
			// sign-in there
			Fixtures.signIn(clerk);
			FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
			request.setUserPrincipalInt(SecurityContextHolder.getContext().getAuthentication());
			request.setUserInRole((principal, role) -> clerk.role().roleName().equals(role));

			ServiceSessionService sessions = node.getBean(ServiceSessionService.class);
			RunningSession session = new Clerk(sessions).next(sessions.start(StartSessionCommand.of("BILL_PAYMENT")));
			UI.getCurrent().navigate(GuidedRunView.class, GuidedRunView.params(session.id()));
			GuidedRunView run = _get(GuidedRunView.class);
			TextField mobile = (TextField) run.screen.fields().get("mobile");
			_setValue(mobile, Clerk.MOBILE);
			_setValue((RadioButtonGroup<String>) run.screen.fields().get("holderConfirmed"), "true");
			int recorded = stepsOf(session);

			proxy.cut();
			long started = System.nanoTime();
			_click(run.next);
			MockVaadin.clientRoundtrip(); // the whole request, until the answer is
											// written
			long tookMs = (System.nanoTime() - started) / 1_000_000;

			assertThat(tookMs).as("ms until the clerk is told").isLessThan(3000);
			assertThat(NotificationsKt.getNotifications()).last()
				.satisfies(n -> assertThat(n.getElement().getProperty("text")).isEqualTo(new TranslationProvider()
					.getTranslation("flowexecution.run.databaseDown", Locale.SIMPLIFIED_CHINESE)));
			assertThat(run.next.isEnabled()).isTrue();
			assertThat(mobile.getValue()).isEqualTo(Clerk.MOBILE);
			assertThat(stepsOf(session)).isEqualTo(recorded);
			assertThat(jdbc.queryForObject("select sequence from service_session where public_id = ?", Integer.class,
					session.id()))
				.isEqualTo(session.sequence());

			proxy.restore();
			reachable(node.getBean(DataSource.class));
			_click(run.next);
			assertThat(run.session().sequence()).isEqualTo(session.sequence() + 1);
			assertThat(run.session().currentStep().key()).isEqualTo("take-payment");
			assertThat(stepsOf(session)).isEqualTo(recorded + 1);
		}
		finally {
			MockVaadin.tearDown();
			SecurityContextHolder.setContextHolderStrategy(strategy);
			Fixtures.signOut();
		}
	}

	/**
	 * Waits until the node's pool hands out a working connection again: the database is
	 * back for the node (its pool replaces the connections the cut broke).
	 */
	private static void reachable(DataSource dataSource) throws InterruptedException {
		for (int i = 0; i < 50; i++) {
			try (Connection connection = dataSource.getConnection()) {
				if (connection.isValid(1)) {
					return;
				}
			}
			catch (SQLException notYet) {
				// the pool is still replacing broken connections
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("the database did not come back for the node within 10 s");
	}

	private int stepsOf(RunningSession session) {
		return jdbc.queryForObject(
				"select count(*) from step_record r join service_session s on s.id = r.session_id where s.public_id = ?",
				Integer.class, session.id());
	}

}
