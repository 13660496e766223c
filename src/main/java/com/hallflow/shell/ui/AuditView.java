package com.hallflow.shell.ui;

import com.hallflow.base.AuditAction;
import com.hallflow.base.AuditEntry;
import com.hallflow.base.AuditFilter;
import com.hallflow.base.AuditLog;
import com.hallflow.base.ClockConfiguration;
import com.hallflow.base.ui.CsvDownload;
import com.hallflow.base.ui.Dates;
import com.hallflow.base.ui.Filters;
import com.hallflow.base.ui.XlsxDownload;
import com.hallflow.flowdesign.FlowDesignService;
import com.hallflow.flowdesign.FlowSummary;
import com.hallflow.security.ActorNames;
import com.hallflow.security.AppRoles;
import com.hallflow.security.UserAccountService;
import com.hallflow.security.UserFilter;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;

/**
 * The audit log (HQ): every configuration change with who, when, what and before → after,
 * personal-data reveals, sign-ins, failures and sign-in throttling. Read-only: the
 * application has no way to change or remove an entry. Filter by days, by actor or
 * target, by action; download as CSV. The detail column shows a line of each entry's
 * detail; a click on the row shows it whole.
 */
@Route("audit")
@RolesAllowed(AppRoles.HQ_ADMIN)
@Menu(order = 90, title = "shell.audit.title", icon = "CLIPBOARD_TEXT")
public class AuditView extends VerticalLayout implements HasDynamicTitle {

	static final int MOST_EXPORTED = 50_000;

	/** People whose names a search looks for in the log, at most. */
	static final int MOST_PEOPLE_SEARCHED = 50;

	/** An entry's moment in the CSV: Beijing time, to the second. */
	private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ClockConfiguration.BUSINESS_ZONE);

	/** Actions whose target is an account's username. */
	private static final Set<AuditAction> ABOUT_ACCOUNTS = EnumSet.of(AuditAction.LOGIN_SUCCEEDED,
			AuditAction.LOGIN_FAILED, AuditAction.ACCOUNT_LOCKED, AuditAction.ACCOUNT_THROTTLED,
			AuditAction.ACCOUNT_BLOCKED, AuditAction.USER_CREATED, AuditAction.USER_UPDATED, AuditAction.USER_DISABLED,
			AuditAction.PASSWORD_RESET, AuditAction.PASSWORD_CHANGED, AuditAction.PASSWORD_CHANGE_FAILED);

	/** The actions whose target is a flow's key. */
	private static final Set<AuditAction> ABOUT_FLOWS = EnumSet.of(AuditAction.FLOW_CREATED,
			AuditAction.FLOW_DUPLICATED, AuditAction.FLOW_IMPORTED, AuditAction.FLOW_DRAFT_SAVED,
			AuditAction.FLOW_DRAFT_FROM_VERSION, AuditAction.FLOW_PUBLISHED, AuditAction.FLOW_SCHEDULED,
			AuditAction.FLOW_RETIRED);

	/**
	 * The actions whose target starts with a flow's key, then what of it (a version, a
	 * region): "PLAN_CHANGE v2", "SIM_REPLACEMENT · 广东省".
	 */
	private static final Set<AuditAction> ABOUT_FLOW_PARTS = EnumSet.of(AuditAction.FLOW_ROLLOUT_STAGED,
			AuditAction.FLOW_ROLLOUT_PLANNED, AuditAction.FLOW_ROLLOUT_PAUSED, AuditAction.FLOW_ROLLOUT_RESUMED,
			AuditAction.FLOW_ROLLOUT_ROLLED_BACK, AuditAction.OVERLAY_DRAFT_SAVED, AuditAction.OVERLAY_PUBLISHED,
			AuditAction.OVERLAY_REBASED);

	final DatePicker from = new DatePicker();

	final DatePicker to = new DatePicker();

	final TextField text = new TextField();

	final Select<AuditAction> action = new Select<>();

	final Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);

	final AuditDetailText detail;

	private final AuditLog audit;

	/** Flow key → name, so a flow's entries name it as people know it. */
	private final Map<String, String> flowNames;

	/** Who did it, by the name people know them by. */
	private final ActorNames actors;

	private final UserAccountService accounts;

	AuditView(AuditLog audit, Clock clock, FlowDesignService flows, UserAccountService accounts) {
		this.actors = new ActorNames(accounts, getTranslation("security.actor.system"));
		this.accounts = accounts;
		this.flowNames = flows.flows()
			.stream()
			.collect(Collectors.toMap(FlowSummary::key, FlowSummary::name, (a, b) -> a));
		this.audit = audit;
		setSizeFull();
		LocalDate today = LocalDate.ofInstant(clock.instant(), ClockConfiguration.BUSINESS_ZONE);
		from.setId("audit-from");
		from.setLabel(getTranslation("insight.filter.from"));
		from.setValue(today.minusDays(6));
		to.setId("audit-to");
		to.setLabel(getTranslation("insight.filter.to"));
		to.setValue(today);
		Dates.picker(from, getLocale());
		Dates.picker(to, getLocale());
		text.setId("audit-text");
		text.setLabel(getTranslation("shell.audit.who"));
		text.setValueChangeMode(ValueChangeMode.LAZY);
		text.setClearButtonVisible(true);
		action.setId("audit-action");
		action.setLabel(getTranslation("shell.audit.action"));
		action.setItems(audit.actions());
		Filters.all(action, getTranslation("shell.audit.allActions"), a -> getTranslation(a.messageKey()));
		from.addValueChangeListener(e -> refresh());
		to.addValueChangeListener(e -> refresh());
		text.addValueChangeListener(e -> refresh());
		action.addValueChangeListener(e -> refresh());
		grid.setId("audit-grid");
		grid.addColumn(e -> Dates.format(e.occurredAt(), getLocale()))
			.setKey("when")
			.setHeader(getTranslation("shell.audit.when"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(e -> actors.name(e.actor()))
			.setKey("actor")
			.setTooltipGenerator(e -> actors.username(e.actor()))
			.setHeader(getTranslation("shell.audit.actor"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(e -> getTranslation(e.action().messageKey()))
			.setKey("action")
			.setHeader(getTranslation("shell.audit.action"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(this::targetName)
			.setKey("target")
			.setTooltipGenerator(AuditEntry::target)
			.setHeader(getTranslation("shell.audit.target"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		// the detail takes the room the other columns leave
		detail = new AuditDetailText(this, this::getLocale);
		grid.addColumn(detail::summary)
			.setKey("detail")
			.setHeader(getTranslation("shell.audit.detail"))
			.setFlexGrow(1)
			.setTooltipGenerator(detail::tooltip);
		// a click on a row opens its detail in full below it, long texts wrapping
		grid.setItemDetailsRenderer(new ComponentRenderer<>(detail::full));
		FlexLayout filters = Filters.bar(from, to, text, action);
		HorizontalLayout downloads = new HorizontalLayout(
				CsvDownload.link("audit-csv", getTranslation("insight.csv"), "audit.csv", this::csvRows),
				XlsxDownload.link("audit-xlsx", getTranslation("insight.xlsx"), "audit.xlsx",
						getTranslation("shell.audit.title"), this::csvRows));
		add(new H2(getTranslation("shell.audit.title")), filters, downloads, grid);
		expand(grid);
		refresh();
	}

	AuditFilter filter() {
		Instant start = from.getValue() == null ? null
				: from.getValue().atStartOfDay(ClockConfiguration.BUSINESS_ZONE).toInstant();
		Instant end = to.getValue() == null ? null
				: to.getValue().plusDays(1).atStartOfDay(ClockConfiguration.BUSINESS_ZONE).toInstant();
		return new AuditFilter(start, end, text.getValue(), action.getValue(), standsFor(text.getValue()));
	}

	/**
	 * What a searched text stands for in the records, as the log shows them in names: the
	 * keys of the flows and the usernames of the people whose names contain it (at most
	 * {@value #MOST_PEOPLE_SEARCHED} people).
	 */
	private List<String> standsFor(String searched) {
		if (searched == null || searched.isBlank()) {
			return List.of();
		}
		String lower = searched.trim().toLowerCase(Locale.ROOT);
		List<String> terms = new ArrayList<>();
		flowNames.forEach((key, name) -> {
			if (name != null && name.toLowerCase(Locale.ROOT).contains(lower)) {
				terms.add(key);
			}
		});
		accounts.list(new UserFilter(searched.trim(), null, null), PageRequest.of(0, MOST_PEOPLE_SEARCHED))
			.forEach(u -> terms.add(u.username()));
		return terms;
	}

	void refresh() {
		AuditFilter filter = filter();
		grid.setItems(query -> audit.search(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
				query -> (int) Math.min(Integer.MAX_VALUE, audit.count(filter)));
	}

	/**
	 * What the filter selects, newest first, as CSV rows (at most
	 * {@value #MOST_EXPORTED}): as the grid shows it — Beijing time to the second, the
	 * person's name, the action and its target in words, the details one field after the
	 * other — then the login, the action's code and the target as recorded, which read
	 * the same in every language for tools that sift the file.
	 */
	List<List<String>> csvRows() {
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of(getTranslation("shell.audit.csv.when"), getTranslation("shell.audit.actor"),
				getTranslation("shell.audit.action"), getTranslation("shell.audit.target"),
				getTranslation("shell.audit.detail"), getTranslation("shell.audit.csv.login"),
				getTranslation("shell.audit.csv.actionCode"), getTranslation("shell.audit.csv.targetRecorded")));
		audit.search(filter(), PageRequest.of(0, MOST_EXPORTED))
			.forEach(e -> rows.add(List.of(SECOND.format(e.occurredAt()), actors.name(e.actor()),
					getTranslation(e.action().messageKey()), targetName(e), String.join("; ", detail.lines(e)),
					e.actor() == null ? "" : e.actor(), e.action().name(), e.target() == null ? "" : e.target())));
		return rows;
	}

	/**
	 * What the entry is about in words: a flow by its name (its key in the tooltip), an
	 * account by its person's name (the username in the tooltip), anything else as
	 * recorded.
	 */
	String targetName(AuditEntry entry) {
		if (entry.target() == null) {
			return "";
		}
		if (ABOUT_ACCOUNTS.contains(entry.action())) {
			return actors.name(entry.target());
		}
		if (ABOUT_FLOW_PARTS.contains(entry.action()) && entry.target() != null) {
			int space = entry.target().indexOf(' ');
			String key = space < 0 ? entry.target() : entry.target().substring(0, space);
			return flowNames.getOrDefault(key, key) + (space < 0 ? "" : entry.target().substring(space));
		}
		return ABOUT_FLOWS.contains(entry.action()) ? flowNames.getOrDefault(entry.target(), entry.target())
				: entry.target();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("shell.audit.title") + " | " + getTranslation("app.name");
	}

}
