package com.hallflow.flowexecution.ui;

import com.hallflow.base.ui.Dates;
import com.hallflow.base.BusinessException;
import com.hallflow.base.ui.Notifications;
import com.hallflow.flowexecution.SessionRecordService;
import com.hallflow.flowexecution.SessionRecord;
import com.hallflow.flowexecution.SessionStatus;
import com.hallflow.flowexecution.SessionSummary;
import com.hallflow.security.AppRoles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import java.util.Map;

/**
 * One service record in full: every submission in order with who, when and how long, the
 * values entered (personal numbers masked, revealed one at a time and audited), checklist
 * ticks, going back and the paths it undid, and the signatures.
 */
@Route("records/:id")
@RolesAllowed({ AppRoles.BRANCH_MANAGER, AppRoles.HQ_ADMIN })
public class RecordDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final SessionRecordService sessions;

	private String sessionId;

	RecordDetailView(SessionRecordService sessions) {
		this.sessions = sessions;
		addClassName("record-detail");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		sessionId = event.getRouteParameters().get("id").orElse("");
		removeAll();
		try {
			show(sessions.record(sessionId));
		}
		catch (BusinessException e) {
			Span missing = new Span(getTranslation(e.messageKey(), e.arguments()));
			missing.setId("session-missing");
			add(missing);
		}
	}

	private void show(SessionRecord record) {
		SessionSummary s = record.summary();
		H2 title = new H2(s.flowName() + " · " + which(s));
		title.setId("record-title");
		add(title);
		if (s.practice()) {
			add(PracticeBadge.create());
		}
		String status = getTranslation(
				"flowexecution.outcome." + (s.status() == SessionStatus.ENDED ? s.outcome() : s.status().name()));
		add(new Span(getTranslation("flowexecution.record.facts", s.clerkDisplayName() + " (" + s.clerkName() + ")",
				status, Dates.format(s.startedAt(), getLocale()), record.versionNumber())));
		if (!record.variants().isEmpty()) {
			Span variants = new Span(getTranslation("flowexecution.record.variants",
					record.variants()
						.stream()
						.map(v -> getTranslation("flowexecution.record.variant", v.regionName(), v.number()))
						.collect(Collectors.joining(getTranslation("flowexecution.record.variantSeparator")))));
			variants.setId("record-variants");
			add(variants);
		}
		if (RecordCustomer.known(record)) {
			add(new RecordCustomer(record, reason -> sessions.revealName(sessionId, reason)));
		}
		if (record.abandonReason() != null) {
			add(new Span(getTranslation("flowexecution.labelValue", getTranslation("flowexecution.abandon.reason"),
					record.abandonReason())));
		}
		if (!record.replayable()) {
			Span notice = new Span(getTranslation("flowexecution.record.notReplayable"));
			notice.setId("record-not-replayable");
			notice.getStyle().set("color", "var(--lumo-error-text-color)");
			add(notice);
		}
		add(new H3(getTranslation("flowexecution.record.timeline")));
		Div timeline = new Div();
		timeline.setId("timeline");
		CalledFlowGroups groups = new CalledFlowGroups(timeline,
				name -> getTranslation("flowexecution.receipt.calledFlow", name));
		record.timeline().forEach(entry -> groups.add(entry(entry), entry.calledFlowName()));
		if (record.timeline().isEmpty()) {
			Span none = new Span(getTranslation("flowexecution.record.noSteps"));
			none.setId("record-no-steps");
			timeline.add(none);
		}
		add(timeline);
		if (record.replayable() && !record.timeline().isEmpty()) {
			add(new SessionRecordPanel(record, true));
		}
		if (s.status() != SessionStatus.IN_PROGRESS && record.replayable()) {
			Button receipt = new Button(getTranslation("flowexecution.record.openReceipt"),
					e -> getUI().ifPresent(ui -> ui.navigate(ReceiptView.class, GuidedRunView.params(s.id()))));
			receipt.setId("open-receipt");
			add(receipt);
		}
	}

	/**
	 * Which session this is, after its flow: its receipt number, else what it came to;
	 * never its id.
	 */
	private String which(SessionSummary s) {
		if (s.receiptNo() != null) {
			return s.receiptNo();
		}
		if (s.status() == SessionStatus.IN_PROGRESS) {
			return getTranslation("flowexecution.record.inProgress");
		}
		return getTranslation("flowexecution.record.noReceipt", getTranslation(
				"flowexecution.outcome." + (s.status() == SessionStatus.ENDED ? s.outcome() : s.status().name())));
	}

	private Div entry(SessionRecord.TimelineEntry entry) {
		Div row = new Div();
		row.addClassName("timeline-entry");
		row.getElement().getClassList().set("undone", entry.undone());
		Span head = new Span("#" + entry.sequence() + " " + Dates.format(entry.at(), getLocale()) + " · "
				+ entry.actor() + " · " + Formats.duration(entry.durationMs()));
		head.addClassName("timeline-head");
		Span what = new Span(entry.wentBack() ? getTranslation("flowexecution.record.wentBack", entry.stepTitle())
				: entry.stepTitle());
		what.addClassName("timeline-step");
		row.add(head, what);
		if (entry.undone()) {
			Span undone = new Span(getTranslation("flowexecution.record.undone"));
			undone.getElement().getThemeList().add("badge contrast");
			row.add(undone);
		}
		for (SessionRecord.Correction correction : entry.corrected()) {
			Span corrected = new Span(getTranslation("flowexecution.record.corrected",
					getTranslation(correction.field().messageKey()), correction.before(), correction.after()));
			corrected.getElement().getThemeList().add("badge");
			corrected.addClassName("timeline-corrected");
			row.add(corrected);
		}
		for (Map.Entry<String, String> value : entry.values().entrySet()) {
			Span shown = new Span(getTranslation("flowexecution.labelValue", value.getKey(), value.getValue()));
			shown.addClassName("timeline-value");
			row.add(shown);
		}
		for (String sealed : entry.sealed()) {
			String revealKey = entry.sealedIdNumbers().contains(sealed) ? "flowexecution.record.revealId"
					: entry.sealedNames().contains(sealed) ? "flowexecution.record.revealName"
							: "flowexecution.record.reveal";
			Button reveal = RecordCustomer.revealButton(getTranslation(revealKey),
					"reveal-" + entry.sequence() + "-" + sealed);
			reveal.addClickListener(e -> new RevealDialog(revealKey, reason -> {
				try {
					String full = sessions.reveal(sessionId, entry.sequence(), sealed, reason);
					Span plain = new Span(full);
					plain.addClassName("revealed");
					plain.setId("revealed-" + entry.sequence() + "-" + sealed);
					row.replace(reveal, plain);
				}
				catch (BusinessException ex) {
					Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
				}
			}).open());
			row.add(reveal);
		}
		for (String checked : entry.checked()) {
			Span tick = new Span("✓ " + checked);
			tick.addClassName("timeline-check");
			row.add(tick);
		}
		return row;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("flowexecution.records.title") + " | " + getTranslation("app.name");
	}

}
