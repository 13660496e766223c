package com.hallflow.variant;

import static com.hallflow.variant.OverlayFixtures.faceCheck;
import static com.hallflow.variant.OverlayFixtures.overlay;
import static com.hallflow.variant.OverlayFixtures.simReplacement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.hallflow.flowdesign.FormatProblem;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OverlayJsonTest {

	private static final FlowOverlay GUANGDONG = overlay("GD", OverlayChange.insertBefore("replace-card", faceCheck()),
			OverlayChange.replaceScript("fee", "广东省补卡工本费{input.fee}元。", "补卡工本费{input.fee}元。"),
			OverlayChange.addChecklistItem("sign", "签名与身份证件姓名一致", true),
			OverlayChange.addOption("replace-card", "grade", "全球通客户"),
			OverlayChange.setMoneyLimit("fee", "fee", new BigDecimal("30.50")), OverlayChange.hideStep("recommend"));

	private static String documented() throws IOException {
		String page = Files.readString(Path.of("docs/overlay-format.md"));
		int start = page.indexOf("```json\n") + "```json\n".length();
		return page.substring(start, page.indexOf("```", start));
	}

	private static FormatProblem refusal(String json) {
		Throwable thrown = catchThrowable(() -> OverlayJson.read(json));
		assertThat(thrown).isInstanceOf(OverlayFormatException.class);
		return ((OverlayFormatException) thrown).problems().get(0);
	}

	@Test
	void every_change_writes_and_reads_back_to_the_same_bytes() {
		String first = OverlayJson.write(GUANGDONG);
		FlowOverlay read = OverlayJson.read(first);

		assertThat(read).isEqualTo(GUANGDONG);
		assertThat(OverlayJson.write(read)).isEqualTo(first);
		assertThat(first).endsWith("}\n").contains("  \"changes\" : [").doesNotContain("\r");
	}

	@Test
	void the_documented_example_is_canonical_and_lays_cleanly_on_head_offices_flow() throws IOException {
		String example = documented();
		FlowOverlay overlay = OverlayJson.read(example);

		assertThat(OverlayJson.write(overlay)).isEqualTo(example);
		assertThat(OverlayMerge.apply(simReplacement(), overlay).clean()).isTrue();
	}

	@Test
	void an_unknown_property_trailing_content_or_a_property_twice_is_refused() {
		String json = OverlayJson.write(GUANGDONG);

		assertThat(refusal(json.replaceFirst("\"flow\"", "\"colour\" : 1, \"flow\"")).message()).isNotBlank();
		assertThat(refusal(json + "{}").message()).contains("more content");
		assertThat(refusal(json.replaceFirst("\"flow\"", "\"region\" : \"ZJ\", \"flow\"")).message())
			.contains("Duplicate");
	}

	@Test
	void bytes_that_are_not_utf8_are_refused_whole() {
		byte[] bytes = OverlayJson.write(GUANGDONG).getBytes(StandardCharsets.UTF_8);
		bytes[40] = (byte) 0xC3;
		bytes[41] = (byte) 0x28;

		assertThatThrownBy(() -> OverlayJson.text(bytes)).isInstanceOf(OverlayFormatException.class)
			.hasMessageContaining("UTF-8");
	}

	@Test
	void a_property_that_does_not_belong_to_the_change_is_refused_by_the_schema() {
		String json = OverlayJson.write(overlay("GD", OverlayChange.hideStep("recommend")))
			.replace("\"step\" : \"recommend\"", "\"step\" : \"recommend\", \"text\" : \"x\"");

		assertThat(refusal(json).path()).isEqualTo("$.changes[0]");
	}

	@Test
	void a_region_step_may_not_carry_head_offices_marks() {
		String json = OverlayJson.write(overlay("GD", OverlayChange.insertBefore("replace-card", faceCheck())))
			.replace("\"locked\" : false", "\"locked\" : true");

		assertThat(refusal(json).path()).startsWith("$.changes[0].insert");
	}

	@Test
	void texts_keep_the_flows_limits_and_hygiene() {
		String item = "核".repeat(501);
		assertThat(refusal(OverlayJson.write(overlay("GD", OverlayChange.addChecklistItem("sign", item, true)))).path())
			.isEqualTo("$.changes[0].text");

		FormatProblem control = refusal(
				OverlayJson.write(overlay("GD", OverlayChange.addChecklistItem("sign", "签名\t一致", true))));
		assertThat(control.path()).isEqualTo("$.changes[0].text");
		assertThat(control.message()).contains("Change 1").contains("One line only");

		FormatProblem direction = refusal(OverlayJson.write(overlay("GD",
				OverlayChange.insertBefore("replace-card", faceCheck().withIdentity("face-check", "人证\u202E比对")))));
		assertThat(direction.path()).isEqualTo("$.changes[0].insert.title");
	}

	@Test
	void an_empty_overlay_is_a_document_too() {
		FlowOverlay empty = overlay("GD");

		assertThat(OverlayJson.read(OverlayJson.write(empty))).isEqualTo(empty);
	}

}
