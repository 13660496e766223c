package com.hallflow.flowexecution.ui;

import com.hallflow.base.BusinessException;
import com.hallflow.base.ui.Notifications;
import com.hallflow.flowdesign.counter.StepScreen;
import com.hallflow.flowexecution.RunningSession;
import com.hallflow.flowexecution.ServiceSessionService;
import com.hallflow.flowexecution.SessionRecordService;
import com.hallflow.flowexecution.SessionStatus;
import com.hallflow.flowexecution.SignatureCapture;
import com.hallflow.flowexecution.StepSubmission;
import com.hallflow.flowexecution.SubmitResult;
import com.hallflow.organization.BranchService;
import com.hallflow.organization.BranchSummary;
import com.hallflow.promotion.OfferService;
import com.hallflow.security.AppRoles;
import com.hallflow.security.CurrentUser;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * The guided screen at the counter: where the run stands (breadcrumb, step i of n, the
 * path so far, time against the target), the step as the designer's preview shows it, and
 * Back / Next (Enter) / Abandon. The URL names the session, so a reload or a restart
 * lands on the same step. A session another clerk serves is shown read-only, with who
 * serves it and a confirmed way to take it over.
 */
@Route("sessions/:id")
@RolesAllowed({ AppRoles.BRANCH_STAFF, AppRoles.BRANCH_MANAGER })
public class GuidedRunView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private static final Logger log = LoggerFactory.getLogger(GuidedRunView.class);

	private static final String NOT_REPLAYABLE = "flowexecution.session.notReplayable";

	private final ServiceSessionService sessions;

	private final SessionRecordService records;

	private final BranchService branches;

	private final CurrentUser currentUser;

	private final OfferService offers;

	private final Clock clock;

	private RunningSession session;

	private BranchSummary branch;

	private String me;

	/** Whether the screen is built for a session another clerk serves (read-only). */
	private boolean watching;

	StepScreen screen;

	OfferPanel offerPanel;

	Button next;

	Button back;

	Button abandon;

	H2 breadcrumb;

	ServedByBanner servedBy;

	private RunHeader header;

	private HorizontalLayout body;

	private Div main;

	private RunPath path;

	private boolean draftPending;

	private final StepMemory memory = new StepMemory();

	private boolean cameBack;

	private boolean databaseDown;

	GuidedRunView(ServiceSessionService sessions, SessionRecordService records, BranchService branches,
			CurrentUser currentUser, OfferService offers, Clock clock) {
		this.sessions = sessions;
		this.records = records;
		this.branches = branches;
		this.currentUser = currentUser;
		this.offers = offers;
		this.clock = clock;
		addClassName("guided-run");
	}

	static RouteParameters params(String sessionId) {
		return new RouteParameters("id", sessionId);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String id = event.getRouteParameters().get("id").orElse("");
		if (!show(id)) {
			event.forwardTo(ReceiptView.class, params(id));
		}
	}

	/**
	 * Shows the session with this id; false when it has ended and its receipt should show
	 * instead.
	 */
	boolean show(String id) {
		try {
			RunningSession opened = sessions.open(id);
			if (opened.status() == SessionStatus.ENDED) {
				return false;
			}
			branch = branches.get(opened.branchId());
			me = currentUser.actorName();
			render(opened);
		}
		catch (BusinessException e) {
			removeAll();
			Span missing = new Span(getTranslation(e.messageKey(), e.arguments()));
			missing.setId("session-missing");
			add(missing, new Button(getTranslation("flowexecution.counter.back"),
					c -> getUI().ifPresent(ui -> ui.navigate(CounterView.class))));
			if (NOT_REPLAYABLE.equals(e.messageKey())) {
				add(closeUnreplayable(id));
			}
		}
		return true;
	}

	/**
	 * Lets the clerk close a session that cannot be resumed, with a reason, so it leaves
	 * their list.
	 */
	private Button closeUnreplayable(String id) {
		Button close = new Button(getTranslation("flowexecution.run.abandon"),
				e -> openAbandon(id, ended -> getUI().ifPresent(ui -> ui.navigate(CounterView.class))));
		close.setId("run-abandon");
		close.addThemeVariants(ButtonVariant.LUMO_ERROR);
		return close;
	}

	RunningSession session() {
		return session;
	}

	/**
	 * Shows the session. The header and the action bar are built once per screen and
	 * updated; only the step and the path are rebuilt on each move, which keeps a step
	 * transition cheap.
	 */
	private void render(RunningSession now) {
		this.session = now;
		if (now.status() == SessionStatus.ABANDONED) {
			removeAll();
			body = null;
			add(header(now));
			Span ended = new Span(getTranslation("flowexecution.run.abandoned"));
			ended.setId("session-abandoned");
			add(ended, new Button(getTranslation("flowexecution.counter.back"),
					c -> getUI().ifPresent(ui -> ui.navigate(CounterView.class))));
			return;
		}
		boolean others = !now.clerkName().equals(me);
		if (body == null || others != watching) {
			build(now, others);
		}
		header.show(now);
		back.setEnabled(now.canGoBack());
		next.setEnabled(true);
		next.setText(getTranslation(now.nextEnds() ? "flowexecution.run.finish" : "flowexecution.run.next"));
		Map<String, String> placeholders = RunScript.placeholders(now, branch, clock.instant(), this::getTranslation);
		offerPanel = RunScript.offerPanel(offers, branch, now, placeholders);
		screen = offerPanel == null ? StepScreen.forCounter(now.currentStep(), placeholders)
				: StepScreen.forCounter(now.currentStep(), placeholders, offerPanel);
		screen.setId("step-screen");
		screen.fill(now.prefill()); // nothing typed twice
		screen.tick(now.ticked());
		main.removeAll();
		main.add(screen);
		path.show(now);
		if (watching) {
			// another clerk serves it: shown as it stands, nothing here moves it
			screen.setEnabled(false);
			return;
		}
		memory.restore(now, screen, cameBack);
		cameBack = false;
		// what the clerk enters is kept as it is entered, so a reload or a restart keeps
		// it
		screen.onEdit(() -> keepDraftAfter(now));
		focusFirstField();
	}

	/**
	 * Builds the screen's frame: the header, the step and the path, and either the action
	 * bar or, for a session another clerk serves, who serves it and the take-over.
	 */
	private void build(RunningSession now, boolean others) {
		removeAll();
		watching = others;
		body = new HorizontalLayout();
		body.setWidthFull();
		body.addClassName("run-body");
		main = new Div();
		main.addClassName("run-main");
		path = new RunPath();
		body.add(main, path);
		body.setFlexGrow(1, main);
		RunActions actions = new RunActions(this, this::goBack, this::submit,
				() -> openAbandon(session.id(), this::render));
		back = actions.back;
		next = actions.next;
		abandon = actions.abandon;
		add(header(now));
		if (others) {
			servedBy = new ServedByBanner(now, this::takeOver);
			actions.setVisible(false);
			add(servedBy);
		}
		add(body, actions);
	}

	/** The caller, confirmed, takes over the session another clerk serves and goes on. */
	private void takeOver() {
		try {
			RunningSession taken = sessions.takeOver(session.id());
			Notifications.success(getTranslation("flowexecution.run.takenOver"));
			servedBy = null;
			render(taken);
		}
		catch (BusinessException e) {
			Notifications.error(getTranslation(e.messageKey(), e.arguments()));
			reopen();
		}
	}

	/**
	 * Shows the session afresh after a move was refused because it is no longer this
	 * clerk's (taken over meanwhile), or its receipt when it has ended.
	 */
	private void reopen() {
		String id = session.id();
		body = null;
		if (!show(id)) {
			getUI().ifPresent(ui -> ui.navigate(ReceiptView.class, params(id)));
		}
	}

	/**
	 * Puts the cursor where the clerk types next, so Enter (= Next) works without the
	 * mouse.
	 */
	private void focusFirstField() {
		screen.fields()
			.values()
			.stream()
			.filter(Focusable.class::isInstance)
			.map(Focusable.class::cast)
			.findFirst()
			.ifPresentOrElse(Focusable::focus, () -> {
				getElement().setAttribute("tabindex", "-1");
				getElement().executeJs("this.focus({preventScroll: true})");
			});
	}

	private Div header(RunningSession now) {
		header = new RunHeader(now, clock.instant());
		breadcrumb = header.breadcrumb;
		return header;
	}

	private void openAbandon(String id, Consumer<RunningSession> then) {
		new AbandonDialog(reason -> {
			try {
				RunningSession ended = sessions.abandon(id, reason);
				Notifications.success(getTranslation("flowexecution.run.abandoned"));
				then.accept(ended);
				return null;
			}
			catch (BusinessException ex) {
				return getTranslation(ex.messageKey(), ex.arguments());
			}
		}).open();
	}

	void submit() {
		if (watching) {
			return;
		}
		if (offerPanel != null && !offerPanel.checkAnswered()) {
			Notifications.error(getTranslation("promotion.offer.answerEach"));
			next.setEnabled(true);
			return;
		}
		List<SignatureCapture> signatures = screen.signatures()
			.stream()
			.map(s -> new SignatureCapture(s.inputKey(), s.party(), s.onPaper(), s.pngBase64()))
			.toList();
		memory.submitting(session, screen);
		StepSubmission submission = new StepSubmission(session.sequence(), screen.values(), screen.checked(),
				signatures, offerPanel == null ? List.of() : offerPanel.answers());
		unlessDatabaseFails(() -> after(sessions.submit(session.id(), submission)));
	}

	private void goBack() {
		memory.leaving(session, screen);
		cameBack = true;
		unlessDatabaseFails(() -> after(sessions.back(session.id(), session.sequence())));
		cameBack = false;
	}

	/**
	 * Runs a move; when the database cannot be reached (the pool gives up within
	 * seconds), nothing was written: the clerk is told that what they entered is still on
	 * screen and to press Next again, and the buttons work again.
	 */
	private void unlessDatabaseFails(Runnable move) {
		try {
			move.run();
		}
		catch (DataAccessException | TransactionException | PersistenceException e) {
			databaseDown = true; // no draft either in this request: the clerk is told now
			log.warn("step of session {} not saved, database unreachable: {}", session.id(), e.toString());
			Notifications.error(getTranslation("flowexecution.run.databaseDown"));
			next.setEnabled(true);
		}
		catch (BusinessException e) {
			// e.g. another clerk took the session over meanwhile
			Notifications.error(getTranslation(e.messageKey(), e.arguments()));
			reopen();
		}
	}

	/**
	 * Keeps what the clerk entered once the request is handled, and only if the step is
	 * still on screen then: the last field's change usually arrives with the click on
	 * Next, and the submit makes its draft pointless. A database that is away loses only
	 * the draft; the next submit says so.
	 */
	private void keepDraftAfter(RunningSession now) {
		if (draftPending) {
			return;
		}
		draftPending = true;
		getUI().ifPresent(ui -> ui.beforeClientResponse(this, context -> {
			draftPending = false;
			boolean skip = databaseDown;
			databaseDown = false;
			try {
				if (!skip && screen != null && session != null && session.running()
						&& session.sequence() == now.sequence()) {
					sessions.keepDraft(now.id(), now.sequence(), screen.values(), screen.checked());
				}
			}
			catch (DataAccessException | TransactionException | PersistenceException e) {
				log.debug("draft of session {} not kept: {}", now.id(), e.toString());
			}
		}));
	}

	private void after(SubmitResult result) {
		if (result.movedElsewhere()) {
			Notifications.error(getTranslation("flowexecution.run.movedElsewhere"));
		}
		else if (!result.errors().isEmpty()) {
			RefusedStep.show(result.errors(), screen, offerPanel, this::getTranslation);
			next.setEnabled(true);
			return;
		}
		if (result.session().status() == SessionStatus.ENDED) {
			showReceipt(result.session());
			return;
		}
		render(result.session());
	}

	/**
	 * Shows the receipt in place of the step and gives the address bar the receipt's own
	 * URL (a reload or a bookmark opens the receipt view), without a round trip through
	 * the router.
	 */
	private void showReceipt(RunningSession ended) {
		session = ended;
		ReceiptSheet receipt;
		try {
			receipt = new ReceiptSheet(records.record(ended.id()), branch, true);
		}
		catch (BusinessException e) {
			getUI().ifPresent(ui -> ui.navigate(ReceiptView.class, params(ended.id())));
			return;
		}
		removeAll();
		body = null;
		screen = null;
		add(receipt);
		getUI().ifPresent(ui -> {
			ui.getPage().getHistory().replaceState(null, "sessions/" + ended.id() + "/receipt");
			ui.getPage().setTitle(getTranslation("flowexecution.receipt.title") + " | " + getTranslation("app.name"));
		});
	}

	/** Whether the session ended here and its receipt now shows in place of the step. */
	boolean showsReceipt() {
		return getChildren().anyMatch(ReceiptSheet.class::isInstance);
	}

	@Override
	public String getPageTitle() {
		return (session == null ? getTranslation("flowexecution.counter.title") : session.flowName()) + " | "
				+ getTranslation("app.name");
	}

}
