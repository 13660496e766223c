package com.hallflow.flowdesign.ui;

import com.hallflow.flowdesign.FlowDesignService;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.FlowPaths;
import com.hallflow.flowdesign.FlowSummary;
import com.hallflow.flowdesign.Target;
import com.hallflow.flowdesign.TrialRuns;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.details.Details;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every path from the start to an end, in words, each ticked when a test-run of the draft
 * took it; the first {@value #SHOWN} are listed, the count is always whole and shown in
 * the fold's header. A flow with more than {@value #OPEN_UP_TO} paths starts folded, and
 * its list is written only while the fold is open (a 300-step flow's paths are long
 * sentences). Before publishing it says which paths were not test-run and which are new
 * or changed since the last published version (a warning, never a block).
 */
class PathsPanel extends Details {

	static final int SHOWN = 200;

	/** Flows with at most this many paths show them unfolded. */
	static final int OPEN_UP_TO = 20;

	private FlowWords words;

	private boolean decided;

	/** How many paths a publish warning names before "and n more". */
	private static final int NAMED = 3;

	final Span summary = new Span();

	final OrderedList list = new OrderedList();

	private String flowKey;

	private FlowDesignService flows;

	private TrialRuns trials = new TrialRuns(List.of());

	private Map<String, Set<Target.Outcome>> callOutcomes = Map.of();

	private Optional<FlowDocument> published = Optional.empty();

	private Integer publishedNumber;

	private FlowPaths.Listing listing = new FlowPaths.Listing(List.of(), 0, false);

	PathsPanel() {
		setId("paths-panel");
		setWidthFull();
		summary.setId("paths-summary");
		list.setId("paths-list");
		list.addClassName("paths-list");
		setSummary(new Span(new Span(getTranslation("flowdesign.paths.title") + " · "), summary));
		add(list);
		addOpenedChangeListener(e -> writeList());
	}

	/**
	 * Reads what the paths depend on besides the draft: the flows it may call, its last
	 * version.
	 */
	void load(FlowDesignService flows, String key) {
		flowKey = key;
		this.flows = flows;
		trials = flows.trials(key);
		List<FlowSummary> all = flows.flows();
		callOutcomes = all.stream()
			.filter(f -> f.latestPublished() != null)
			.collect(Collectors.toMap(FlowSummary::key,
					f -> FlowPaths.endings(flows.version(f.key(), f.latestPublished()))));
		publishedNumber = all.stream()
			.filter(f -> f.key().equals(key))
			.findFirst()
			.map(FlowSummary::latestPublished)
			.orElse(null);
		published = Optional.ofNullable(publishedNumber).map(n -> flows.version(key, n));
	}

	void show(FlowDocument draft, FlowWords words) {
		this.words = words;
		listing = FlowPaths.of(draft, callOutcomes, SHOWN);
		long tried = listing.paths().stream().filter(trials::covers).count();
		String total = listing.capped() ? getTranslation("flowdesign.paths.more", listing.total())
				: Long.toString(listing.total());
		summary.setText(getTranslation("flowdesign.paths.summary", total, tried));
		if (!decided) {
			decided = true;
			setOpened(listing.total() <= OPEN_UP_TO);
		}
		writeList();
	}

	private void writeList() {
		list.removeAll();
		if (!isOpened() || words == null) {
			return;
		}
		for (FlowPaths.FlowPath path : listing.paths()) {
			boolean covered = trials.covers(path);
			ListItem item = new ListItem();
			Icon mark = (covered ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CIRCLE_THIN).create();
			mark.setSize("var(--lumo-icon-size-s)");
			mark.getStyle().set("margin-inline-end", "var(--lumo-space-xs)").set("vertical-align", "-0.15em");
			mark.setColor(covered ? "var(--lumo-success-color)" : "var(--lumo-secondary-text-color)");
			item.add(mark);
			Span sentence = new Span(words.path(path));
			sentence.addClassName("path-words");
			item.add(sentence);
			item.getElement()
				.setAttribute("title",
						getTranslation(covered ? "flowdesign.paths.tried" : "flowdesign.paths.notTried"));
			item.addClassName(covered ? "path-tried" : "path-untried");
			list.add(item);
		}
		if (listing.total() > listing.paths().size()) {
			list.add(new ListItem(getTranslation("flowdesign.paths.firstShown", listing.paths().size())));
		}
	}

	/**
	 * What the publish dialog warns about: paths not test-run, paths new since the last
	 * version.
	 */
	List<String> warnings(FlowWords words) {
		List<String> warnings = new ArrayList<>();
		// a colleague may have test-run the draft since the editor opened
		trials = flows.trials(flowKey);
		List<FlowPaths.FlowPath> untried = listing.paths().stream().filter(p -> !trials.covers(p)).toList();
		long notTried = listing.total() - (listing.paths().size() - untried.size());
		if (notTried > 0) {
			warnings.add(getTranslation("flowdesign.paths.warnUntried", notTried, named(untried, words)));
		}
		published.ifPresent(before -> {
			Set<List<FlowPaths.Leg>> old = new HashSet<>();
			FlowPaths.of(before, callOutcomes, 10_000).paths().forEach(p -> old.add(p.legs()));
			List<FlowPaths.FlowPath> changed = listing.paths().stream().filter(p -> !old.contains(p.legs())).toList();
			if (!changed.isEmpty()) {
				warnings.add(getTranslation("flowdesign.paths.warnChanged", publishedNumber, changed.size(),
						named(changed, words)));
			}
		});
		return warnings;
	}

	private String named(List<FlowPaths.FlowPath> paths, FlowWords words) {
		String first = paths.stream().limit(NAMED).map(p -> "\n" + words.path(p)).collect(Collectors.joining());
		return paths.size() > NAMED ? first + "\n" + getTranslation("flowdesign.paths.andMore", paths.size() - NAMED)
				: first;
	}

}
