package com.hallflow.flowdesign.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.hallflow.flowdesign.FlowFixtures.flow;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.hallflow.flowdesign.Draft;
import com.hallflow.flowdesign.FlowDesignService;
import com.hallflow.flowdesign.FlowSummary;
import com.hallflow.flowdesign.NewFlowCommand;
import com.hallflow.flowdesign.VersionSummary;
import com.hallflow.security.CreateUserCommand;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.security.UserAccountService;
import com.hallflow.security.UserSummary;
import com.hallflow.support.Fixtures;
import com.hallflow.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The flow list's last editor and the history's publisher are people's names, the system
 * (which installs the standard flows) in words, the username in the tooltip.
 */
class FlowActorNamesUiTest extends KaribuTest {

	@Autowired
	FlowDesignService flows;

	@Autowired
	UserAccountService users;

	UserSummary li;

	String key;

	/** A flow the system published, as it installs the standard flows. */
	String bySystem;

	@BeforeEach
	void aNamedAdminAndTheSystemPublishAFlowEach() {
		bySystem = Fixtures.unique("SYSTEM_").toUpperCase();
		SystemAuthentication.runAsSystem(() -> publish(bySystem, "系统流程"));
		li = SystemAuthentication.callAsSystem(() -> users.create(new CreateUserCommand(Fixtures.unique("li"), "李华",
				StaffRole.HQ_ADMIN, null, Fixtures.PASSWORD, false)));
		signIn(li);
		key = Fixtures.unique("NAMED_").toUpperCase();
		publish(key, "署名流程");
	}

	private void publish(String flowKey, String name) {
		Draft created = flows.create(new NewFlowCommand(flowKey, name, null));
		Draft saved = flows.saveDraft(flowKey, created.lockVersion(),
				flow(flowKey).step("greet").step("farewell").build());
		flows.publish(flowKey, saved.lockVersion(), "第一版", null);
	}

	private static <T> Grid.Column<T> column(Grid<T> grid, String header) {
		return grid.getColumns().stream().filter(c -> header.equals(c.getHeaderText())).findFirst().orElseThrow();
	}

	@Test
	void the_flow_list_names_who_last_edited_each_flow() {
		UI.getCurrent().navigate(FlowsView.class);
		Grid<FlowSummary> grid = _get(FlowsView.class).grid;
		Grid.Column<FlowSummary> edited = column(grid, zh("flowdesign.flows.lastEdited"));
		FlowSummary mine = GridKt._findAll(grid).stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
		FlowSummary system = GridKt._findAll(grid)
			.stream()
			.filter(f -> f.key().equals(bySystem))
			.findFirst()
			.orElseThrow();

		assertThat(GridKt._getFormatted(edited, mine)).startsWith("李华 · ").doesNotContain(li.username());
		assertThat(edited.getTooltipGenerator().apply(mine)).isEqualTo(li.username());
		assertThat(GridKt._getFormatted(edited, system)).startsWith("系统 · ");
		assertThat(edited.getTooltipGenerator().apply(system)).isNull();
	}

	@Test
	void the_history_names_who_published_each_version() {
		UI.getCurrent().navigate(FlowHistoryView.class, new RouteParameters("key", key));
		Grid<VersionSummary> grid = _get(FlowHistoryView.class).versions;
		Grid.Column<VersionSummary> by = column(grid, zh("flowdesign.history.by"));

		VersionSummary first = GridKt._get(grid, 0);
		assertThat(GridKt._getFormatted(by, first)).isEqualTo("李华");
		assertThat(by.getTooltipGenerator().apply(first)).isEqualTo(li.username());

		UI.getCurrent().navigate(FlowHistoryView.class, new RouteParameters("key", bySystem));
		grid = _get(FlowHistoryView.class).versions;
		by = column(grid, zh("flowdesign.history.by"));
		VersionSummary installed = GridKt._get(grid, 0);
		assertThat(GridKt._getFormatted(by, installed)).isEqualTo("系统");
		assertThat(by.getTooltipGenerator().apply(installed)).isNull();
	}

	@Test
	void a_region_admin_reads_the_flows_and_their_history_with_the_names_and_nothing_to_change() {
		signIn(fixtures.regionAdmin(fixtures.province("只读流程省").id()));
		UI.getCurrent().navigate(FlowsView.class);
		FlowsView list = _get(FlowsView.class);
		FlowSummary mine = GridKt._findAll(list.grid)
			.stream()
			.filter(f -> f.key().equals(key))
			.findFirst()
			.orElseThrow();
		assertThat(GridKt._getFormatted(column(list.grid, zh("flowdesign.flows.lastEdited")), mine))
			.startsWith("李华 · ");
		for (var change : List.of(list.create, list.open, list.duplicate, list.retire, list.importUpload,
				list.installStandard, list.tileOrder)) {
			assertThat(change.isAttached() && change.isVisible()).as("nothing to change").isFalse();
		}
		assertThat(list.history.isAttached()).isTrue();

		UI.getCurrent().navigate(FlowHistoryView.class, new RouteParameters("key", key));
		FlowHistoryView history = _get(FlowHistoryView.class);
		assertThat(GridKt._getFormatted(column(history.versions, zh("flowdesign.history.by")),
				GridKt._get(history.versions, 0)))
			.isEqualTo("李华");
		assertThat(history.newDraft.isVisible()).as("only head office starts a draft").isFalse();
		assertThat(history.reader.getChildren()).isNotEmpty();

		UI.getCurrent().navigate("flows/" + key);
		assertThat(_find(FlowEditorView.class)).as("the editor is head office's").isEmpty();
	}

}
