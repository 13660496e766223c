package com.hallflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.hallflow.flowdesign.Draft;
import com.hallflow.flowdesign.FlowDesignService;
import com.hallflow.flowdesign.FlowFixtures;
import com.hallflow.flowdesign.NewFlowCommand;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.security.UserSummary;
import com.hallflow.support.Browser;
import com.hallflow.support.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How the designer's pages sit on a 1366 × 768 screen, the size most head-office desks
 * have: the editor's header on one row in both languages with Publish in it, a gutter
 * between the editor's panes; the version history's diagram as wide as the page, its fit
 * to width a button between − and +, the new-draft button and the export link on one
 * line.
 */
class FlowEditorLayoutBrowserTest extends BrowserTest {

	private static final List<String> HEADER = List.of("flow-undo", "flow-redo", "flow-properties", "flow-versions",
			"flow-save", "flow-trial", "flow-publish");

	@Autowired
	FlowDesignService flows;

	@Test
	void the_editors_header_is_one_row_at_1366_in_both_languages_and_its_panes_do_not_touch() throws Exception {
		UserSummary admin = fixtures.user(StaffRole.HQ_ADMIN, null);
		String key = flowWithDraft("套餐变更");
		for (String language : List.of("zh-CN", "en-US")) {
			if (!language.equals("zh-CN")) {
				browser.close();
				browser = Browser.start(language);
			}
			new Counter(browser, baseUrl()).signIn(admin.username(), Fixtures.PASSWORD);
			browser.viewport(1366, 768);
			browser.open(baseUrl() + "flows/" + key);
			browser.byId("step-title");

			double row = middle("flow-state");
			for (String id : HEADER) {
				assertThat(middle(id)).as(language + ": " + id + " on the header's row").isCloseTo(row, offset(4.0));
			}
			assertThat(edge("flow-publish", "right")).as(language + ": Publish within the window").isLessThan(1366);
			double gutter = edge("step-title", "left") - edge("step-list", "right");
			assertThat(gutter).as(language + ": space between the step list and the step's form")
				.isGreaterThanOrEqualTo(24);
		}
	}

	@Test
	void the_version_diagram_takes_the_pages_width_with_fit_to_width_a_pressed_button_between_minus_and_plus() {
		UserSummary admin = fixtures.user(StaffRole.HQ_ADMIN, null);
		String key = flowWithDraft("版本流程图");
		SystemAuthentication
			.runAsSystem(() -> flows.publish(key, flows.draft(key).orElseThrow().lockVersion(), "第一版", null));
		new Counter(browser, baseUrl()).signIn(admin.username(), Fixtures.PASSWORD);
		browser.viewport(1920, 1080);
		browser.open(baseUrl() + "flows/" + key + "/versions");
		WebElement host = browser.waitUntil(d -> d.findElement(By.cssSelector("#version-reader flow-diagram")));
		SearchContext diagram = host.getShadowRoot();
		WebElement zoom = browser.waitUntil(d -> diagram.findElement(By.cssSelector("#diagram-zoom")));

		assertThat(zoom.getTagName()).isEqualTo("button");
		assertThat(zoom.getAttribute("aria-pressed")).isEqualTo("true");
		assertThat(zoom.getText()).isEqualTo("适应宽度");
		assertThat(diagram
			.findElements(By.cssSelector("[role=group] > #diagram-zoom-out + #diagram-zoom + #diagram-zoom-in")))
			.hasSize(1);
		zoom.click();
		browser.waitUntil(d -> "false".equals(zoom.getAttribute("aria-pressed")) ? Boolean.TRUE : null);
		assertThat(zoom.getText()).isEqualTo("100%");

		double page = width("version-grid");
		assertThat(host.getRect().getWidth()).as("the diagram as wide as the versions above it")
			.isGreaterThanOrEqualTo((int) page - 2);
		assertThat(middle("new-draft-from-version")).as("the new-draft button and the export link on one line")
			.isCloseTo(middle("export-version"), offset(2.0));
	}

	private String flowWithDraft(String name) {
		String key = Fixtures.unique("LAYOUT_").toUpperCase();
		SystemAuthentication.runAsSystem(() -> {
			flows.create(new NewFlowCommand(key, name, "测试"));
			Draft draft = flows.draft(key).orElseThrow();
			flows.saveDraft(key, draft.lockVersion(), FlowFixtures.suspendedCheck(key, name));
		});
		return key;
	}

	private double middle(String id) {
		Map<?, ?> box = box(id);
		return ((Number) box.get("top")).doubleValue() + ((Number) box.get("height")).doubleValue() / 2;
	}

	private double edge(String id, String side) {
		return ((Number) box(id).get(side)).doubleValue();
	}

	private double width(String id) {
		return ((Number) box(id).get("width")).doubleValue();
	}

	private Map<?, ?> box(String id) {
		browser.byId(id);
		return (Map<?, ?>) browser
			.script("return document.getElementById('" + id + "').getBoundingClientRect().toJSON()");
	}

}
