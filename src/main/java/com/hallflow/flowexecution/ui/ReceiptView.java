package com.hallflow.flowexecution.ui;

import com.hallflow.base.ui.Dates;
import com.hallflow.base.BusinessException;
import com.hallflow.flowexecution.CustomerGrades;
import com.hallflow.flowexecution.ServiceSessionService;
import com.hallflow.flowexecution.SessionRecord;
import com.hallflow.flowexecution.SessionSummary;
import com.hallflow.organization.BranchService;
import com.hallflow.organization.BranchSummary;
import com.hallflow.security.AppRoles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The end of a session: receipt number, branch, clerk, what was done, amounts, signatures; a
 * print button with print CSS (the theme hides the menu and buttons on paper).
 */
@Route("sessions/:id/receipt")
@RolesAllowed({AppRoles.BRANCH_STAFF, AppRoles.BRANCH_MANAGER, AppRoles.HQ_ADMIN})
public class ReceiptView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ServiceSessionService sessions;
    private final BranchService branches;

    ReceiptView(ServiceSessionService sessions, BranchService branches) {
        this.sessions = sessions;
        this.branches = branches;
        addClassName("receipt");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        removeAll();
        try {
            SessionRecord record = sessions.record(id);
            if (record.summary().status() == com.hallflow.flowexecution.SessionStatus.IN_PROGRESS) {
                event.forwardTo(GuidedRunView.class, GuidedRunView.params(id));
                return;
            }
            show(record, branches.get(record.summary().branchId()));
        } catch (BusinessException e) {
            Span missing = new Span(getTranslation(e.messageKey()));
            missing.setId("session-missing");
            add(missing);
        }
    }

    private void show(SessionRecord record, BranchSummary branch) {
        SessionSummary s = record.summary();
        Div sheet = new Div();
        sheet.setId("receipt");
        sheet.addClassName("receipt-sheet");
        H2 title = new H2(getTranslation(s.practice() ? "flowexecution.receipt.practiceTitle"
                : "flowexecution.receipt.title"));
        sheet.add(title);
        if (s.practice()) {
            sheet.add(PracticeBadge.create());
        }
        Span number = new Span(s.receiptNo() == null ? getTranslation("flowexecution.receipt.noNumber")
                : s.receiptNo());
        number.setId("receipt-number");
        number.addClassName("receipt-number");
        sheet.add(line("flowexecution.receipt.number", number));
        sheet.add(line("flowexecution.receipt.branch", new Span(branch.name() + (branch.address() == null ? ""
                : " · " + branch.address()))));
        sheet.add(line("flowexecution.receipt.business", new Span(s.flowName())));
        Span outcome = new Span(getTranslation(s.status() == com.hallflow.flowexecution.SessionStatus.ABANDONED
                ? "flowexecution.outcome.ABANDONED" : "flowexecution.outcome." + s.outcome()));
        outcome.setId("receipt-outcome");
        sheet.add(line("flowexecution.receipt.outcome", outcome));
        if (s.customerName() != null || s.mobileMasked() != null) {
            sheet.add(line("flowexecution.receipt.customer", new Span(((s.customerName() == null ? ""
                    : s.customerName() + " ") + (s.mobileMasked() == null ? "" : s.mobileMasked())).trim())));
        }
        if (record.customerGrade() != null) {
            sheet.add(line("flowexecution.start.grade",
                    new Span(getTranslation(CustomerGrades.labelKey(record.customerGrade())))));
        }
        sheet.add(line("flowexecution.receipt.clerk", new Span(s.clerkDisplayName())));
        sheet.add(line("flowexecution.receipt.time", new Span(Dates.format(s.startedAt(), getLocale()) + " – "
                + Dates.format(s.endedAt(), getLocale()))));
        if (record.abandonReason() != null) {
            sheet.add(line("flowexecution.abandon.reason", new Span(record.abandonReason())));
        }
        sheet.add(new SessionRecordPanel(record));
        Button print = new Button(getTranslation("flowexecution.receipt.print"), VaadinIcon.PRINT.create(),
                e -> getElement().executeJs("window.print()"));
        print.setId("receipt-print");
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Button counter = new Button(getTranslation("flowexecution.receipt.nextCustomer"),
                e -> getUI().ifPresent(ui -> ui.navigate(CounterView.class)));
        counter.setId("receipt-next-customer");
        counter.addThemeVariants(ButtonVariant.LUMO_LARGE);
        HorizontalLayout actions = new HorizontalLayout(print, counter);
        actions.addClassName("no-print");
        add(sheet, actions);
    }

    private Div line(String labelKey, Span value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("receipt-label");
        Div row = new Div(label, value);
        row.addClassName("receipt-line");
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("flowexecution.receipt.title") + " | " + getTranslation("app.name");
    }
}
