package com.hallflow.flowexecution.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.hallflow.flowdesign.StandardFlows;
import com.hallflow.flowexecution.Clerk;
import com.hallflow.flowexecution.ServiceSessionService;
import com.hallflow.flowexecution.SessionSummary;
import com.hallflow.flowexecution.StartSessionCommand;
import com.hallflow.organization.BranchSummary;
import com.hallflow.security.CreateUserCommand;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.security.UserAccountService;
import com.hallflow.security.UserSummary;
import com.hallflow.support.Fixtures;
import com.hallflow.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The records name the clerk as people know them; the username is in the tooltip. */
class RecordsClerkNameUiTest extends KaribuTest {

	@Autowired
	ServiceSessionService sessions;

	@Autowired
	StandardFlows standardFlows;

	@Autowired
	UserAccountService users;

	@Test
	void the_clerk_column_shows_the_clerks_name_and_keeps_the_username_for_the_tooltip() {
		SystemAuthentication.runAsSystem(standardFlows::install);
		BranchSummary branch = fixtures.branch("署名记录厅");
		UserSummary sun = SystemAuthentication
			.callAsSystem(() -> users.create(new CreateUserCommand(Fixtures.unique("th-sun"), "孙悦",
					StaffRole.BRANCH_STAFF, branch.id(), Fixtures.PASSWORD, false)));
		signIn(sun);
		new Clerk(sessions).finish(sessions.start(StartSessionCommand.of("BILL_PAYMENT")));
		signIn(fixtures.user(StaffRole.BRANCH_MANAGER, branch.id()));

		UI.getCurrent().navigate(RecordsView.class);
		Grid<SessionSummary> grid = _get(RecordsView.class).grid;
		Grid.Column<SessionSummary> clerk = grid.getColumns()
			.stream()
			.filter(c -> zh("flowexecution.records.clerk").equals(c.getHeaderText()))
			.findFirst()
			.orElseThrow();
		SessionSummary served = GridKt._get(grid, 0);

		assertThat(GridKt._getFormatted(clerk, served)).isEqualTo("孙悦");
		assertThat(clerk.getTooltipGenerator().apply(served)).isEqualTo(sun.username());
	}

}
