package com.hallflow.flowexecution.ui;

import com.hallflow.base.BusinessException;
import com.hallflow.flowexecution.SessionRecordService;
import com.hallflow.flowexecution.SessionRecord;
import com.hallflow.flowexecution.SessionStatus;
import com.hallflow.organization.BranchService;
import com.hallflow.security.AppRoles;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The receipt of an ended session at its own URL (a reload, a reprint from the records);
 * the guided screen shows the same sheet in place when the session ends.
 */
@Route("sessions/:id/receipt")
@RolesAllowed({ AppRoles.BRANCH_STAFF, AppRoles.BRANCH_MANAGER, AppRoles.HQ_ADMIN })
public class ReceiptView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final SessionRecordService sessions;

	private final BranchService branches;

	ReceiptView(SessionRecordService sessions, BranchService branches) {
		this.sessions = sessions;
		this.branches = branches;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String id = event.getRouteParameters().get("id").orElse("");
		removeAll();
		try {
			SessionRecord record = sessions.record(id);
			if (record.summary().status() == SessionStatus.IN_PROGRESS) {
				event.forwardTo(GuidedRunView.class, GuidedRunView.params(id));
				return;
			}
			if (!record.replayable()) {
				Span notice = new Span(getTranslation("flowexecution.record.notReplayable"));
				notice.setId("session-missing");
				add(notice);
				return;
			}
			add(new ReceiptSheet(record, branches.get(record.summary().branchId())));
		}
		catch (BusinessException e) {
			Span missing = new Span(getTranslation(e.messageKey(), e.arguments()));
			missing.setId("session-missing");
			add(missing);
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("flowexecution.receipt.title") + " | " + getTranslation("app.name");
	}

}
