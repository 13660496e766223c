package com.hallflow.insight.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.base.ui.CsvDownload;
import com.hallflow.flowdesign.StandardFlows;
import com.hallflow.flowexecution.Clerk;
import com.hallflow.flowexecution.EndedSessions;
import com.hallflow.flowexecution.RunningSession;
import com.hallflow.flowexecution.ServiceSessionService;
import com.hallflow.flowexecution.StartSessionCommand;
import com.hallflow.insight.Figures;
import com.hallflow.organization.BranchSummary;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.security.UserSummary;
import com.hallflow.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DashboardUiTest extends KaribuTest {

    @Autowired
    ServiceSessionService sessions;
    @Autowired
    StandardFlows standardFlows;
    @Autowired
    EndedSessions endedSessions;

    BranchSummary branch;
    UserSummary clerk;

    @BeforeEach
    void threeCustomersServed() {
        SystemAuthentication.runAsSystem(standardFlows::install);
        branch = fixtures.branch("看板厅");
        clerk = fixtures.user(StaffRole.BRANCH_STAFF, branch.id());
        signIn(clerk);
        for (int i = 0; i < 2; i++) {
            new Clerk(sessions).finish(sessions.start(new StartSessionCommand("BILL_PAYMENT", false, "客户",
                    Clerk.MOBILE, null)));
        }
        RunningSession left = sessions.start(StartSessionCommand.of("PASSWORD_RESET"));
        sessions.abandon(new Clerk(sessions).next(left).id(), "客户离开");
        endedSessions.relayPending();
    }

    private String shown(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    @Test
    void the_manager_sees_the_branch_and_the_filters_change_the_figures() {
        signIn(fixtures.user(StaffRole.BRANCH_MANAGER, branch.id()));
        UI.getCurrent().navigate(DashboardView.class);
        DashboardView view = _get(DashboardView.class);
        assertThat(shown("insight-total-sessions")).isEqualTo("3");
        assertThat(shown("insight-total-completion")).isEqualTo("66.7%");
        assertThat(view.byClerk.getGenericDataView().getItems().map(Figures::sessions).toList()).containsExactly(3L);
        assertThat(view.dropOff.getGenericDataView().getItems().toList()).singleElement()
                .satisfies(r -> assertThat(r.abandons()).isEqualTo(1));

        _setValue(view.flow, "BILL_PAYMENT");
        assertThat(shown("insight-total-sessions")).isEqualTo("2");
        assertThat(shown("insight-total-completion")).isEqualTo("100.0%");

        _setValue(view.from, view.to.getValue().plusDays(1));
        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).isEqualTo(zh("insight.filter.dates"));
    }

    @Test
    void the_staff_table_downloads_as_csv_without_personal_numbers() {
        signIn(fixtures.user(StaffRole.BRANCH_MANAGER, branch.id()));
        UI.getCurrent().navigate(DashboardView.class);
        DashboardView view = _get(DashboardView.class);
        String csv = new String(CsvDownload.csv(view.figureRowsForTest()), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF" + zh("insight.column.clerk") + "," + zh("insight.column.sessions"))
                .contains("测试员工,3,2,33.3%").doesNotContain(Clerk.MOBILE).doesNotContain("5678");
    }

    @Test
    void head_office_chooses_a_branch_to_see_its_staff() {
        signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
        UI.getCurrent().navigate(DashboardView.class);
        DashboardView view = _get(DashboardView.class);
        assertThat(view.byClerk.getGenericDataView().getItems().count()).isZero();
        _setValue(view.branch, branch);
        assertThat(shown("insight-total-sessions")).isEqualTo("3");
        assertThat(view.byClerk.getGenericDataView().getItems().map(Figures::label).toList())
                .containsExactly("测试员工");
    }
}
