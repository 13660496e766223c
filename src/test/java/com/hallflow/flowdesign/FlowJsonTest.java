package com.hallflow.flowdesign;

import static com.hallflow.flowdesign.FlowFixtures.flow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FlowJsonTest {

	@Test
	void a_document_is_written_canonically_and_read_back_equal() {
		FlowDocument doc = flow("BILL_PAYMENT").step("greet").step("pay").build();
		String json = FlowJson.write(doc);
		assertThat(json).startsWith("{\n  \"formatVersion\" : 2,\n  \"key\" : \"BILL_PAYMENT\"").endsWith("}\n");
		assertThat(FlowJson.read(json)).isEqualTo(doc);
	}

	@Test
	void head_offices_marks_for_the_regions_round_trip() {
		FlowDocument doc = flow("SIM_X")
			.step(StepDefinition.of("check", "核验身份", "请出示证件")
				.withChecklist(List.of(new ChecklistItem("留存证件复印件", true, true), new ChecklistItem("核对原件", false)))
				.withRegionalMarks(true, false, true))
			.step(StepDefinition.of("tips", "温馨提示", "请留意短信").withRegionalMarks(false, true, false))
			.build();
		String json = FlowJson.write(doc);
		assertThat(json).contains("\"locked\" : true", "\"optional\" : true", "\"openBefore\" : true");
		assertThat(FlowJson.read(json)).isEqualTo(doc);
		assertThat(FlowJson.write(FlowJson.read(json))).isEqualTo(json);
	}

	@Test
	void malformed_json_is_refused_with_line_and_column() {
		assertThatThrownBy(() -> FlowJson.read("{\n  \"formatVersion\": 1,\n  \"key\" \"X\"\n}"))
			.isInstanceOfSatisfying(FlowFormatException.class, e -> assertThat(e.problems()).singleElement()
				.satisfies(p -> assertThat(p.path()).isEqualTo("line 3, column 9")));
	}

	@Test
	void schema_errors_name_the_json_path() {
		String json = """
				{"formatVersion": 1, "key": "BILL_PAYMENT", "name": "缴费",
				 "steps": [{"key": "greet", "title": "问候"}, {"key": "Bad Key", "title": "x", "colour": "red"}]}
				""";
		assertThatThrownBy(() -> FlowJson.read(json)).isInstanceOfSatisfying(FlowFormatException.class,
				e -> assertThat(e.problems()).extracting(FormatProblem::path).contains("$.steps[1].key", "$.steps[1]"));
	}

	@Test
	void a_call_without_its_return_step_breaks_the_schema() {
		String json = """
				{"formatVersion": 1, "key": "PLAN_CHANGE", "name": "套餐变更",
				 "steps": [{"key": "a", "title": "A", "decision": {"otherwise": {"type": "CALL", "flow": "BILL_PAYMENT"}}}]}
				""";
		assertThatThrownBy(() -> FlowJson.read(json)).isInstanceOfSatisfying(FlowFormatException.class,
				e -> assertThat(e.problems()).extracting(FormatProblem::path)
					.contains("$.steps[0].decision.otherwise"));
	}

	@Test
	void documents_over_one_megabyte_or_three_hundred_steps_are_refused() {
		String huge = "{\"formatVersion\":1,\"key\":\"BIG\",\"name\":\"" + "大".repeat(400_000) + "\",\"steps\":[]}";
		assertThatThrownBy(() -> FlowJson.read(huge)).isInstanceOfSatisfying(FlowFormatException.class,
				e -> assertThat(e.problems().get(0).message()).contains("at most 1048576"));

		FlowFixtures many = flow("MANY");
		for (int i = 0; i < 301; i++) {
			many.step("s" + i);
		}
		String json = FlowJson.write(many.build());
		assertThatThrownBy(() -> FlowJson.read(json)).isInstanceOfSatisfying(FlowFormatException.class,
				e -> assertThat(e.problems()).extracting(FormatProblem::path).containsExactly("$.steps"));
	}

	@Test
	void a_newer_format_version_is_refused() {
		String json = "{\"formatVersion\": 3, \"key\": \"X_Y\", \"name\": \"n\", \"steps\": [{\"key\": \"a\", \"title\": \"A\"}]}";
		assertThatThrownBy(() -> FlowJson.read(json)).isInstanceOfSatisfying(FlowFormatException.class,
				e -> assertThat(e.problems()).extracting(FormatProblem::path).containsExactly("$.formatVersion"));
	}

	@Test
	void html_in_a_script_survives_as_plain_text() {
		FlowDocument doc = flow("HTML").step(StepDefinition.of("a", "A", "<script>alert('x')</script> & <b>")).build();
		assertThat(FlowJson.read(FlowJson.write(doc)).steps().get(0).script())
			.isEqualTo("<script>alert('x')</script> & <b>");
	}

}
