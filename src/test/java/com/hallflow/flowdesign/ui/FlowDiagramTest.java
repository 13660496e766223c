package com.hallflow.flowdesign.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.base.TranslationProvider;
import com.hallflow.flowdesign.DraftEdits;
import com.hallflow.flowdesign.FlowJson;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.StandardFlows;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowdesign.Target;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FlowDiagramTest {

	@Test
	void plan_change_shows_the_call_of_bill_payment_and_the_way_back() {
		FlowDocument plan = FlowJson.read(StandardFlows.document("PLAN_CHANGE"));
		TranslationProvider translations = new TranslationProvider();
		JsonObject graph = FlowDiagram.graph(plan, "explain", Set.of(),
				new FlowWords(plan, Map.of("BILL_PAYMENT", "缴费"),
						(key, args) -> translations.getTranslation(key, TranslationProvider.CHINESE, args)));

		List<String> nodes = ids(graph.getArray("nodes"), "id");
		assertThat(nodes)
			.contains("start", "step:greet", "call:BILL_PAYMENT", "end:DECLINED", "end:NOT_ELIGIBLE", "end:COMPLETED")
			.doesNotHaveDuplicates();
		List<String> edges = edges(graph.getArray("edges"));
		assertThat(edges).contains("step:suspended-notice->call:BILL_PAYMENT", "call:BILL_PAYMENT->step:explain",
				"step:farewell->end:COMPLETED", "step:check-status->step:explain");
		assertThat(nodeById(graph.getArray("nodes"), "step:explain").getBoolean("selected")).isTrue();
		// names, never keys: the branch reads as the designer wrote it, the call names
		// the flow
		assertThat(labels(graph.getArray("edges"))).contains("号码已停机 = 是");
		// 查询号码状态 branches, so its other way is "otherwise"; 停机提示 always calls 缴费
		assertThat(edgeLabel(graph.getArray("edges"), "step:check-status->step:explain")).isEqualTo("其余情况");
		assertThat(edgeLabel(graph.getArray("edges"), "step:suspended-notice->call:BILL_PAYMENT")).isNull();
		assertThat(nodeById(graph.getArray("nodes"), "step:check-status").getBoolean("decision")).isTrue();
		assertThat(nodeById(graph.getArray("nodes"), "step:greet").getBoolean("decision")).isFalse();
		assertThat(nodeById(graph.getArray("nodes"), "call:BILL_PAYMENT").getString("label")).isEqualTo("办理：缴费");
		assertThat(String.join(" ", labels(graph.getArray("edges"))) + ids(graph.getArray("nodes"), "label"))
			.doesNotContain("suspended", "true", "BILL_PAYMENT", "null", "!");
	}

	@Test
	void every_way_out_of_a_step_names_its_branch_and_the_names_read_back_as_the_same_branches() {
		FlowDocument plan = FlowJson.read(StandardFlows.document("PLAN_CHANGE"));
		TranslationProvider translations = new TranslationProvider();
		JsonArray edges = FlowDiagram
			.graph(plan, null, Set.of(),
					new FlowWords(plan, Map.of(),
							(key, args) -> translations.getTranslation(key, TranslationProvider.CHINESE, args)))
			.getArray("edges");
		List<String> branches = new ArrayList<>();
		for (int i = 0; i < edges.length(); i++) {
			JsonObject edge = edges.getObject(i);
			if (edge.getString("kind").equals("return")) {
				assertThat(edge.hasKey("branch")).isFalse();
				continue;
			}
			branches.add(edge.getString("branch"));
			assertThat(FlowDiagram.branch(edge.getString("branch"))).isPresent();
		}
		assertThat(branches).doesNotHaveDuplicates()
			.contains("start", "next:greet", "rule:1:check-status", "otherwise:check-status");
		assertThat(FlowDiagram.branch("rule:1:check-status")).contains(DraftEdits.Branch.rule("check-status", 1));
		assertThat(FlowDiagram.branch("rule:0:x")).isEmpty();
		assertThat(FlowDiagram.branch("rule:x")).isEmpty();
		assertThat(FlowDiagram.branch(null)).isEmpty();
		assertThat(FlowDiagram.target("end:NOT_ELIGIBLE")).isEqualTo(Target.end(Target.Outcome.NOT_ELIGIBLE));
		assertThat(FlowDiagram.target("end:NOPE")).isNull();
		assertThat(FlowDiagram.target("call:BILL_PAYMENT")).isNull();
		assertThat(FlowDiagram.target("step:explain")).isEqualTo(Target.step("explain"));
	}

	@Test
	void an_empty_flow_has_its_way_from_the_start_to_put_a_first_step_on_and_every_end_is_offered_by_name() {
		FlowDocument empty = new FlowDocument(FlowDocument.CURRENT_FORMAT, "EMPTY", "空流程", null, null, null, null,
				List.of());
		TranslationProvider translations = new TranslationProvider();
		FlowWords words = new FlowWords(empty, Map.of(),
				(key, args) -> translations.getTranslation(key, TranslationProvider.CHINESE, args));
		JsonArray edges = FlowDiagram.graph(empty, null, Set.of(), words).getArray("edges");
		assertThat(edges.length()).isEqualTo(1);
		assertThat(edges.getObject(0).getString("branch")).isEqualTo("start");
		assertThat(DraftEdits
			.insertInto(empty, FlowDiagram.branch("start").orElseThrow(), StepDefinition.of("greet", "迎宾问候", ""))
			.steps()).extracting(StepDefinition::key).containsExactly("greet");
		JsonArray ends = FlowDiagram.labels(words.labels()).getArray("ends");
		assertThat(ids(ends, "label")).containsExactly("办理完成", "引导至其他渠道", "客户放弃", "不符合办理条件");
		assertThat(ids(ends, "id")).allMatch(id -> FlowDiagram.target(id) != null);
	}

	private static List<String> ids(JsonArray array, String field) {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < array.length(); i++) {
			ids.add(array.getObject(i).getString(field));
		}
		return ids;
	}

	private static String edgeLabel(JsonArray edges, String fromTo) {
		for (int i = 0; i < edges.length(); i++) {
			JsonObject e = edges.getObject(i);
			if ((e.getString("from") + "->" + e.getString("to")).equals(fromTo)) {
				return e.hasKey("label") ? e.getString("label") : null;
			}
		}
		throw new AssertionError(fromTo);
	}

	private static List<String> labels(JsonArray edges) {
		List<String> labels = new ArrayList<>();
		for (int i = 0; i < edges.length(); i++) {
			if (edges.getObject(i).hasKey("label")) {
				labels.add(edges.getObject(i).getString("label"));
			}
		}
		return labels;
	}

	private static List<String> edges(JsonArray array) {
		List<String> edges = new ArrayList<>();
		for (int i = 0; i < array.length(); i++) {
			edges.add(array.getObject(i).getString("from") + "->" + array.getObject(i).getString("to"));
		}
		return edges;
	}

	private static JsonObject nodeById(JsonArray nodes, String id) {
		for (int i = 0; i < nodes.length(); i++) {
			if (nodes.getObject(i).getString("id").equals(id)) {
				return nodes.getObject(i);
			}
		}
		throw new AssertionError(id);
	}

}
