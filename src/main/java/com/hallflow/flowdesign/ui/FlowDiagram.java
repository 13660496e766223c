package com.hallflow.flowdesign.ui;

import com.hallflow.flowdesign.Decision;
import com.hallflow.flowdesign.DraftEdits;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowdesign.Target;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasOrderedComponents;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.dialog.Dialog;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The whole flow as a diagram laid out by ELK in the browser
 * (frontend/components/flow-diagram.ts): steps, the branches of decisions with their
 * conditions, calls into other flows with the return, and the ends. Clicking a step
 * selects it. In the draft editor the diagram edits too: "+" on a branch puts a new step
 * there, a branch clicked and then a step or an end is sent there, the selected step can
 * be deleted; each edit goes to {@link Edits}, which applies it to the draft as the list
 * editor does.
 */
@Tag("flow-diagram")
@NpmPackage(value = "elkjs", version = "0.12.1")
@JsModule("./components/flow-diagram.ts")
class FlowDiagram extends Component implements HasSize {

	private static final String STEP = "step:";

	private static final String END = "end:";

	private static final String BRANCH = "event.detail.branch";

	private static final String FULL = "event.detail.full";

	/** The dialog the diagram fills while shown full screen. */
	private Dialog screen;

	/** What the diagram asks of the draft editor. */
	interface Edits {

		/** Put a new step into this branch (the editor asks which kind). */
		void insert(DraftEdits.Branch branch);

		/** Send this branch to a step or an end. */
		void redirect(DraftEdits.Branch branch, Target to);

		/** Delete this step (the editor asks first). */
		void delete(String stepKey);

	}

	/** A diagram to look at: clicking a step selects it. */
	FlowDiagram(Consumer<String> onStepClick) {
		setId("flow-diagram");
		getElement().addEventListener("fullscreen-change", e -> fullScreen(e.getEventData().getBoolean(FULL)))
			.addEventData(FULL);
		getElement().addEventListener("node-click", e -> {
			String id = e.getEventData().getString("event.detail.id");
			if (id != null && id.startsWith(STEP)) {
				onStepClick.accept(id.substring(STEP.length()));
			}
		}).addEventData("event.detail.id");
	}

	/** A diagram to edit the draft on. */
	FlowDiagram(Consumer<String> onStepClick, Edits edits) {
		this(onStepClick);
		getElement().setProperty("editable", true);
		getElement()
			.addEventListener("edge-insert", e -> branch(e.getEventData().getString(BRANCH)).ifPresent(edits::insert))
			.addEventData(BRANCH);
		getElement().addEventListener("edge-redirect", e -> {
			Optional<DraftEdits.Branch> branch = branch(e.getEventData().getString(BRANCH));
			Target to = target(e.getEventData().getString("event.detail.to"));
			if (branch.isPresent() && to != null) {
				edits.redirect(branch.get(), to);
			}
		}).addEventData(BRANCH).addEventData("event.detail.to");
		getElement().addEventListener("node-delete", e -> {
			String id = e.getEventData().getString("event.detail.id");
			if (id != null && id.startsWith(STEP)) {
				edits.delete(id.substring(STEP.length()));
			}
		}).addEventData("event.detail.id");
	}

	/**
	 * Full screen: the diagram moves into a dialog that fills the window (so the dialogs
	 * its edits open show above it), and back to its place when the dialog closes.
	 */
	void fullScreen(boolean full) {
		if (full && screen == null && getParent().orElse(null) instanceof HasOrderedComponents place) {
			int index = place.indexOf(this);
			screen = new Dialog();
			screen.setId("flow-diagram-full");
			screen.setWidth("100vw");
			screen.setHeight("100vh");
			screen.getElement().getThemeList().add("no-padding");
			screen.addOpenedChangeListener(e -> {
				if (!e.isOpened() && screen != null) {
					screen = null;
					getElement().setProperty("full", false);
					place.addComponentAtIndex(Math.min(index, place.getComponentCount()), this);
				}
			});
			screen.add(this);
			screen.open();
			getElement().setProperty("full", true);
		}
		else if (!full && screen != null) {
			screen.close();
		}
	}

	void show(FlowDocument flow, String selectedKey, Set<String> stepsWithErrors, FlowWords words) {
		getElement().setPropertyJson("labels", labels(words.labels()));
		getElement().setProperty("fileName", flow.name() == null || flow.name().isBlank() ? "flow" : flow.name());
		getElement().setPropertyJson("graph", graph(flow, selectedKey, stepsWithErrors, words));
	}

	/**
	 * The branch an edge stands for: {@code start}, {@code next:KEY},
	 * {@code otherwise:KEY} or {@code rule:N:KEY}; empty for anything else.
	 */
	static Optional<DraftEdits.Branch> branch(String id) {
		if (id == null) {
			return Optional.empty();
		}
		if (id.equals("start")) {
			return Optional.of(DraftEdits.Branch.start());
		}
		if (id.startsWith("next:")) {
			return Optional.of(DraftEdits.Branch.next(id.substring(5)));
		}
		if (id.startsWith("otherwise:")) {
			return Optional.of(DraftEdits.Branch.otherwise(id.substring(10)));
		}
		String[] parts = id.split(":", 3);
		if (parts.length == 3 && parts[0].equals("rule") && parts[1].matches("[1-9][0-9]{0,3}")) {
			return Optional.of(DraftEdits.Branch.rule(parts[2], Integer.parseInt(parts[1])));
		}
		return Optional.empty();
	}

	/** The step or the end a node stands for; null for the start and for calls. */
	static Target target(String nodeId) {
		if (nodeId == null) {
			return null;
		}
		if (nodeId.startsWith(STEP)) {
			return Target.step(nodeId.substring(STEP.length()));
		}
		if (nodeId.startsWith(END)) {
			try {
				return Target.end(Target.Outcome.valueOf(nodeId.substring(END.length())));
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}
		return null;
	}

	/** The legend's and the toolbar's words, in the user's language. */
	static JsonObject labels(FlowWords.Labels labels) {
		JsonObject words = Json.createObject();
		words.put("step", labels.get("flowdesign.diagram.legend.step"));
		words.put("decision", labels.get("flowdesign.diagram.legend.decision"));
		words.put("call", labels.get("flowdesign.diagram.legend.call"));
		words.put("end", labels.get("flowdesign.diagram.legend.end"));
		words.put("return", labels.get("flowdesign.diagram.legend.return"));
		words.put("fit", labels.get("flowdesign.diagram.legend.fit"));
		words.put("actual", labels.get("flowdesign.diagram.legend.actual"));
		words.put("svg", labels.get("flowdesign.diagram.legend.svg"));
		words.put("png", labels.get("flowdesign.diagram.legend.png"));
		words.put("zoomIn", labels.get("flowdesign.diagram.zoomIn"));
		words.put("zoomOut", labels.get("flowdesign.diagram.zoomOut"));
		words.put("fullscreen", labels.get("flowdesign.diagram.fullscreen"));
		words.put("exitFullscreen", labels.get("flowdesign.diagram.exitFullscreen"));
		words.put("insert", labels.get("flowdesign.diagram.insert"));
		words.put("redirect", labels.get("flowdesign.diagram.redirect"));
		words.put("redirecting", labels.get("flowdesign.diagram.redirecting"));
		words.put("cancel", labels.get("base.action.cancel"));
		words.put("delete", labels.get("flowdesign.diagram.delete"));
		JsonArray ends = Json.createArray();
		for (Target.Outcome outcome : Target.Outcome.values()) {
			JsonObject end = Json.createObject();
			end.put("id", endId(outcome));
			end.put("label", labels.get(outcome.messageKey()));
			add(ends, end);
		}
		words.put("ends", ends);
		return words;
	}

	/** The diagram's nodes and edges; public to the package for tests. */
	static JsonObject graph(FlowDocument flow, String selectedKey, Set<String> stepsWithErrors, FlowWords words) {
		FlowWords.Labels labels = words.labels();
		JsonArray nodes = Json.createArray();
		JsonArray edges = Json.createArray();
		Set<String> extra = new LinkedHashSet<>();
		add(nodes, node("start", labels.get("flowdesign.diagram.start"), "start"));
		if (!flow.steps().isEmpty()) {
			add(edges, withBranch(edge("start", stepId(flow.steps().get(0)), null, "next"), "start"));
		}
		else {
			// an empty flow still has its way from the start, with a "+" for the first
			// step
			extra.add(endId(Target.Outcome.COMPLETED));
			add(edges, withBranch(edge("start", endId(Target.Outcome.COMPLETED), null, "next"), "start"));
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < flow.steps().size(); i++) {
			StepDefinition step = flow.steps().get(i);
			if (!seen.add(stepId(step))) {
				continue;
			}
			JsonObject node = node(stepId(step), (i + 1) + " " + (step.title() == null ? "" : step.title()), "step");
			node.put("selected", step.key() != null && step.key().equals(selectedKey));
			node.put("problem", stepsWithErrors.contains(step.key()));
			node.put("decision", step.decision() != null && !step.decision().rules().isEmpty());
			add(nodes, node);
			String next = i + 1 < flow.steps().size() ? stepId(flow.steps().get(i + 1))
					: endId(Target.Outcome.COMPLETED);
			Decision decision = step.decision();
			if (decision == null || decision.otherwise() == null) {
				if (next.startsWith("end:")) {
					extra.add(next);
				}
				// the way taken when no rule holds is labelled too, as "otherwise"
				boolean branching = decision != null && !decision.rules().isEmpty();
				add(edges,
						withBranch(
								edge(stepId(step), next, branching ? labels.get("flowdesign.diagram.otherwise") : null,
										branching ? "rule" : "next"),
								"next:" + step.key()));
			}
			if (decision != null) {
				for (int r = 0; r < decision.rules().size(); r++) {
					Decision.Rule rule = decision.rules().get(r);
					target(step, rule.then(), words.condition(rule.when()), "rule:" + (r + 1) + ":" + step.key(), flow,
							edges, extra, labels);
				}
				if (decision.otherwise() != null) {
					// a decision without rules always goes there: no "otherwise" to say
					target(step, decision.otherwise(),
							decision.rules().isEmpty() ? null : labels.get("flowdesign.diagram.otherwise"),
							"otherwise:" + step.key(), flow, edges, extra, labels);
				}
			}
		}
		for (String id : extra) {
			if (id.startsWith("end:")) {
				add(nodes, node(id, labels.get(Target.Outcome.valueOf(id.substring(4)).messageKey()), "end"));
			}
			else {
				add(nodes, node(id, labels.get("flowdesign.diagram.call", words.flow(id.substring(5))), "call"));
			}
		}
		JsonObject graph = Json.createObject();
		graph.put("nodes", nodes);
		graph.put("edges", edges);
		return graph;
	}

	private static void target(StepDefinition from, Target target, String label, String branch, FlowDocument flow,
			JsonArray edges, Set<String> extra, FlowWords.Labels labels) {
		if (target == null || target.type() == null) {
			return;
		}
		switch (target.type()) {
			case STEP -> {
				if (flow.step(String.valueOf(target.step())).isPresent()) {
					add(edges, withBranch(edge(stepId(from), STEP + target.step(), label, "rule"), branch));
				}
			}
			case END -> {
				if (target.outcome() != null) {
					extra.add(endId(target.outcome()));
					add(edges, withBranch(edge(stepId(from), endId(target.outcome()), label, "rule"), branch));
				}
			}
			case CALL -> {
				if (target.flow() != null) {
					String call = "call:" + target.flow();
					extra.add(call);
					add(edges, withBranch(edge(stepId(from), call, label, "rule"), branch));
					if (flow.step(String.valueOf(target.returnTo())).isPresent()) {
						add(edges, edge(call, STEP + target.returnTo(), labels.get("flowdesign.diagram.return"),
								"return"));
					}
				}
			}
		}
	}

	private static String stepId(StepDefinition step) {
		return STEP + step.key();
	}

	private static String endId(Target.Outcome outcome) {
		return END + outcome.name();
	}

	private static JsonObject node(String id, String label, String kind) {
		JsonObject node = Json.createObject();
		node.put("id", id);
		node.put("label", label);
		node.put("kind", kind);
		return node;
	}

	private static JsonObject edge(String from, String to, String label, String kind) {
		JsonObject edge = Json.createObject();
		edge.put("from", from);
		edge.put("to", to);
		if (label != null) {
			edge.put("label", label);
		}
		edge.put("kind", kind);
		return edge;
	}

	private static JsonObject withBranch(JsonObject edge, String branch) {
		edge.put("branch", branch);
		return edge;
	}

	private static void add(JsonArray array, JsonObject value) {
		array.set(array.length(), value);
	}

}
