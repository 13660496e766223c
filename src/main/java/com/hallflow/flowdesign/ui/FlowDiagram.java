package com.hallflow.flowdesign.ui;

import com.hallflow.flowdesign.Decision;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowdesign.Target;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The whole flow as a diagram laid out by ELK in the browser
 * (frontend/components/flow-diagram.ts): steps, the branches of decisions with their
 * conditions, calls into other flows with the return, and the ends. Clicking a step
 * selects it.
 */
@Tag("flow-diagram")
@NpmPackage(value = "elkjs", version = "0.12.1")
@JsModule("./components/flow-diagram.ts")
class FlowDiagram extends Component {

	private static final String STEP = "step:";

	FlowDiagram(Consumer<String> onStepClick) {
		setId("flow-diagram");
		getElement().addEventListener("node-click", e -> {
			String id = e.getEventData().getString("event.detail.id");
			if (id != null && id.startsWith(STEP)) {
				onStepClick.accept(id.substring(STEP.length()));
			}
		}).addEventData("event.detail.id");
	}

	void show(FlowDocument flow, String selectedKey, Set<String> stepsWithErrors, FlowWords words) {
		getElement().setPropertyJson("labels", labels(words.labels()));
		getElement().setPropertyJson("graph", graph(flow, selectedKey, stepsWithErrors, words));
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
			add(edges, edge("start", stepId(flow.steps().get(0)), null, "next"));
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
				add(edges, edge(stepId(step), next, branching ? labels.get("flowdesign.diagram.otherwise") : null,
						branching ? "rule" : "next"));
			}
			if (decision != null) {
				for (Decision.Rule rule : decision.rules()) {
					target(step, rule.then(), words.condition(rule.when()), flow, edges, extra, labels);
				}
				if (decision.otherwise() != null) {
					// a decision without rules always goes there: no "otherwise" to say
					target(step, decision.otherwise(),
							decision.rules().isEmpty() ? null : labels.get("flowdesign.diagram.otherwise"), flow, edges,
							extra, labels);
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

	private static void target(StepDefinition from, Target target, String label, FlowDocument flow, JsonArray edges,
			Set<String> extra, FlowWords.Labels labels) {
		if (target == null || target.type() == null) {
			return;
		}
		switch (target.type()) {
			case STEP -> {
				if (flow.step(String.valueOf(target.step())).isPresent()) {
					add(edges, edge(stepId(from), STEP + target.step(), label, "rule"));
				}
			}
			case END -> {
				if (target.outcome() != null) {
					extra.add(endId(target.outcome()));
					add(edges, edge(stepId(from), endId(target.outcome()), label, "rule"));
				}
			}
			case CALL -> {
				if (target.flow() != null) {
					String call = "call:" + target.flow();
					extra.add(call);
					add(edges, edge(stepId(from), call, label, "rule"));
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
		return "end:" + outcome.name();
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

	private static void add(JsonArray array, JsonObject value) {
		array.set(array.length(), value);
	}

}
