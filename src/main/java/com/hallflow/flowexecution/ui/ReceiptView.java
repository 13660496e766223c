package com.hallflow.flowexecution.ui;

import com.hallflow.base.BusinessException;
import com.hallflow.flowexecution.SessionRecord;
import com.hallflow.flowexecution.SessionRecordService;
import com.hallflow.flowexecution.SessionStatus;
import com.hallflow.organization.BranchService;
import com.hallflow.security.AppRoles;
import com.hallflow.security.AppUser;
import com.hallflow.security.CurrentUser;
import com.hallflow.security.StaffRole;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.Style;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/**
 * The receipt of an ended session at its own URL (a reload, a reprint from the records);
 * the guided screen shows the same sheet in place when the session ends. A session still
 * in progress has no receipt yet: the page says so, in the application's frame, with the
 * ways on that the reader's role has.
 */
@Route("sessions/:id/receipt")
@RolesAllowed({ AppRoles.BRANCH_STAFF, AppRoles.BRANCH_MANAGER, AppRoles.HQ_ADMIN })
public class ReceiptView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final SessionRecordService sessions;

	private final BranchService branches;

	private final CurrentUser currentUser;

	ReceiptView(SessionRecordService sessions, BranchService branches, CurrentUser currentUser) {
		this.sessions = sessions;
		this.branches = branches;
		this.currentUser = currentUser;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String id = event.getRouteParameters().get("id").orElse("");
		removeAll();
		try {
			SessionRecord record = sessions.record(id);
			Optional<StaffRole> role = currentUser.get().map(AppUser::role);
			if (record.summary().status() == SessionStatus.IN_PROGRESS) {
				notYet(record, role);
				return;
			}
			if (!record.replayable()) {
				Span notice = new Span(getTranslation("flowexecution.record.notReplayable"));
				notice.setId("session-missing");
				add(notice);
				return;
			}
			add(new ReceiptSheet(record, branches.get(record.summary().branchId()),
					role.filter(r -> r != StaffRole.HQ_ADMIN).isPresent()));
		}
		catch (BusinessException e) {
			Span missing = new Span(getTranslation(e.messageKey(), e.arguments()));
			missing.setId("session-missing");
			add(missing);
		}
	}

	/**
	 * No receipt before the session ends: said plainly, with the record (for those who
	 * read records), the session itself (for those at the counter) and the home page.
	 */
	private void notYet(SessionRecord record, Optional<StaffRole> role) {
		String id = record.summary().id();
		H2 title = new H2(getTranslation("flowexecution.receipt.notYet"));
		title.setId("receipt-not-yet");
		Div links = new Div();
		links.setId("receipt-not-yet-links");
		links.getStyle().setDisplay(Style.Display.FLEX).setFlexWrap(Style.FlexWrap.WRAP).setGap("var(--lumo-space-l)");
		if (role.filter(r -> r != StaffRole.BRANCH_STAFF).isPresent()) {
			links.add(link("records/" + id, "flowexecution.receipt.openRecord", "receipt-open-record"));
		}
		if (role.filter(r -> r != StaffRole.HQ_ADMIN).isPresent()) {
			boolean serving = record.summary().clerkName().equals(currentUser.actorName());
			links.add(link("sessions/" + id,
					serving ? "flowexecution.counter.resume" : "flowexecution.receipt.openSession",
					"receipt-open-session"));
		}
		links.add(link("", "flowexecution.receipt.home", "receipt-home"));
		add(title, links);
	}

	private Anchor link(String route, String key, String id) {
		Anchor link = new Anchor(route, getTranslation(key));
		link.getElement().setAttribute("router-link", true);
		link.setId(id);
		return link;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("flowexecution.receipt.title") + " | " + getTranslation("app.name");
	}

}
