package com.hallflow.variant.ui;

import com.hallflow.organization.BranchService;
import com.hallflow.organization.RegionNode;
import com.hallflow.organization.RegionService;
import com.hallflow.security.AppRoles;
import com.hallflow.variant.FlowRollout;
import com.hallflow.variant.FlowRolloutService;
import com.hallflow.variant.OverlayService;
import com.hallflow.variant.OverlayState;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The region admin's list of head office's flows with where the region stands with each
 * (no variant, a draft, published version n on head office's version m, behind with
 * conflicts); a province's admin may choose one of its cities instead.
 */
@Route("variants")
@Menu(order = 55, title = "variant.list.title", icon = "SPLIT")
@RolesAllowed(AppRoles.REGION_ADMIN)
public class VariantsView extends VerticalLayout implements HasDynamicTitle {

	private final OverlayService overlays;

	final Select<RegionNode> region = new Select<>();

	final Grid<OverlayState> grid = new Grid<>();

	/** The staged rollout of each flow's overlay in the chosen region, open or latest. */
	private Map<String, FlowRollout> rollouts = Map.of();

	VariantsView(OverlayService overlays, RegionService regions, FlowRolloutService flowRollouts,
			BranchService branches, Clock clock) {
		this.overlays = overlays;
		RolloutWords words = new RolloutWords(this, getLocale(),
				regions.all().stream().collect(Collectors.toMap(RegionNode::id, RegionNode::name)),
				id -> branches.get(id).name());
		setSizeFull();
		add(new H2(getTranslation("variant.list.title")));
		Optional<RegionNode> own = overlays.ownRegion();
		if (own.isEmpty()) {
			add(new Paragraph(getTranslation("variant.list.noRegion")));
			return;
		}
		List<RegionNode> choices = new ArrayList<>(List.of(own.get()));
		regions.all()
			.stream()
			.filter(r -> r.parentId() != null && r.parentId() == own.get().id())
			.forEach(choices::add);
		region.setId("variants-region");
		region.setLabel(getTranslation("variant.list.region"));
		region.setItems(choices);
		region.setItemLabelGenerator(RegionNode::name);
		region.setVisible(choices.size() > 1);
		region.addValueChangeListener(e -> {
			// a staged version runs only where its stages reached: the list says where
			rollouts = flowRollouts.overlayRolloutsIn(e.getValue().id());
			grid.setItems(overlays.overview(e.getValue().id()));
			// no column of blanks where the region never staged a version
			grid.getColumnByKey("rollout").setVisible(!rollouts.isEmpty());
		});
		grid.setId("variants-grid");
		// the region's state takes the room left (in English it is the longest text);
		// the rest as wide as their content
		grid.addColumn(OverlayState::flowName)
			.setHeader(getTranslation("variant.list.flow"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(s -> getTranslation("variant.list.hqVersion", s.hqVersion()))
			.setHeader(getTranslation("variant.list.hq"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(s -> OverlayStates.of(this, s))
			.setHeader(getTranslation("variant.list.state"))
			.setKey("state")
			.setAutoWidth(true)
			.setFlexGrow(1)
			.setTooltipGenerator(s -> OverlayStates.of(this, s));
		grid.addColumn(s -> Optional.ofNullable(rollouts.get(s.flowKey())).map(r -> {
			Instant now = clock.instant();
			String state = getTranslation("variant.hq.rolloutState", r.subjectNumber(), words.stateText(r, now));
			return r.stateAt(now).open() ? state + getTranslation("variant.list.rolloutReach", words.reach(r, now))
					: state;
		}).orElse(""))
			.setHeader(getTranslation("variant.hq.rollout"))
			.setKey("rollout")
			.setAutoWidth(true)
			.setFlexGrow(1);
		grid.addComponentColumn(s -> {
			Button open = new Button(getTranslation("variant.list.open"), e -> open(s));
			open.setId("variants-open-" + s.flowKey());
			return open;
		}).setAutoWidth(true).setFlexGrow(0);
		add(region, grid);
		region.setValue(own.get());
	}

	private void open(OverlayState state) {
		boolean own = overlays.ownRegion().map(r -> r.id() == state.regionId()).orElse(false);
		RouteParameters parameters = own ? new RouteParameters("flow", state.flowKey()) : new RouteParameters(
				new RouteParam("flow", state.flowKey()), new RouteParam("region", Long.toString(state.regionId())));
		getUI().ifPresent(ui -> ui.navigate(OverlayEditorView.class, parameters));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("variant.list.title") + " | " + getTranslation("app.name");
	}

}
