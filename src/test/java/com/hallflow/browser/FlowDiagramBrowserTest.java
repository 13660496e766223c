package com.hallflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.flowdesign.Decision;
import com.hallflow.flowdesign.Draft;
import com.hallflow.flowdesign.FlowDesignService;
import com.hallflow.flowdesign.FlowFixtures;
import com.hallflow.flowdesign.NewFlowCommand;
import com.hallflow.flowdesign.Target;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.security.UserSummary;
import com.hallflow.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Editing on the diagram in the production bundle: "+" on a branch puts a step there, a
 * branch clicked and then a step is sent there, the nodes above an edit stay where they
 * were, zoom says its level.
 */
class FlowDiagramBrowserTest extends BrowserTest {

	@Autowired
	FlowDesignService flows;

	@Test
	void a_designer_inserts_a_step_on_a_branch_and_sends_another_branch_elsewhere_on_the_diagram() {
		UserSummary admin = fixtures.user(StaffRole.HQ_ADMIN, null);
		String key = Fixtures.unique("DIAGRAM_").toUpperCase();
		SystemAuthentication.runAsSystem(() -> {
			flows.create(new NewFlowCommand(key, "流程图编辑", "测试"));
			Draft draft = flows.draft(key).orElseThrow();
			flows.saveDraft(key, draft.lockVersion(), FlowFixtures.suspendedCheck(key, "流程图编辑"));
		});
		Counter counter = new Counter(browser, baseUrl());
		counter.signIn(admin.username(), Fixtures.PASSWORD);
		browser.open(baseUrl() + "flows/" + key);
		SearchContext diagram = diagram();
		String before = positions();

		// "+" on the rule 号码已停机 = 是 asks which kind, says where, and puts the step there
		click(browser.waitUntil(d -> diagram.findElement(By.cssSelector(".plus[data-branch='rule:1:check']"))));
		assertThat(browser.byId("insert-step-where").getText()).isEqualTo("新步骤插入在“查询号码状态”的分支“号码已停机 = 是”上");
		browser.byId("insert-kind-script").click();
		browser.waitForDialogsClosed();
		browser
			.waitUntil(d -> diagram.findElements(By.cssSelector("g.node[data-id='step:hua-shu-bu-zhou']")).size() == 1);
		// the steps above the new one stay where they were
		assertThat(positions()).as(before).startsWith(before.substring(0, before.indexOf(" step:notice")));

		// the way on from the start cannot be moved; 其余情况 of 查询号码状态 can: click it,
		// then 停机提示
		assertThat(diagram.findElements(By.cssSelector("g.edge.editable[data-branch='start']"))).isEmpty();
		click(diagram.findElement(By.cssSelector("g.edge.editable[data-branch='otherwise:check'] text")));
		assertThat(browser.waitUntil(d -> diagram.findElement(By.cssSelector("#diagram-hint"))).getText())
			.contains("按 Esc 取消");
		click(diagram.findElement(By.cssSelector(".canvas g.node[data-id='step:notice']")));
		browser.waitUntil(d -> diagram.findElements(By.cssSelector("#diagram-hint")).isEmpty());
		browser.byId("flow-save").click();
		browser.waitForText("所有修改已保存");
		Decision check = SystemAuthentication
			.callAsSystem(() -> flows.draft(key).orElseThrow().document().steps().get(0).decision());
		assertThat(check.rules().get(0).then()).isEqualTo(Target.step("hua-shu-bu-zhou"));
		assertThat(check.otherwise()).isEqualTo(Target.step("notice"));

		// zoom says where it is
		click(diagram.findElement(By.cssSelector("#diagram-zoom-in")));
		assertThat(diagram.findElement(By.cssSelector("#diagram-zoom")).getText()).endsWith("%");
	}

	private SearchContext diagram() {
		WebElement host = browser.waitUntil(d -> d.findElement(By.tagName("flow-diagram")));
		SearchContext root = host.getShadowRoot();
		browser.waitUntil(d -> !root.findElements(By.cssSelector(".canvas g.node")).isEmpty());
		return root;
	}

	private void click(WebElement element) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})",
				element);
		element.click();
	}

	/**
	 * Where each node's shape is drawn, in the order of the nodes, once the layout has
	 * settled (the same twice, a little apart).
	 */
	private String positions() {
		String[] last = { "" };
		return browser.waitUntil(d -> {
			String now = drawn();
			try {
				Thread.sleep(300);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			boolean settled = now.equals(drawn()) && now.equals(last[0]);
			last[0] = now;
			return settled ? now : null;
		});
	}

	private String drawn() {
		return (String) ((JavascriptExecutor) browser.driver())
			.executeScript("return Array.from(document.querySelector('flow-diagram').shadowRoot"
					+ ".querySelectorAll('.canvas g.node')).map(g => { const b = g.querySelector('rect, polygon')"
					+ ".getBBox(); return g.dataset.id + '@' + Math.round(b.x) + ',' + Math.round(b.y); }).join(' ')");
	}

}
