package com.hallflow.variant.ui;

import com.hallflow.flowdesign.PublishedFlow;
import com.hallflow.flowdesign.PublishedFlowService;
import com.hallflow.organization.BranchService;
import com.hallflow.organization.RegionNode;
import com.hallflow.organization.RegionService;
import com.hallflow.security.AppRoles;
import com.hallflow.variant.FlowOverlay;
import com.hallflow.variant.FlowRollout;
import com.hallflow.variant.FlowRolloutService;
import com.hallflow.variant.OverlayCheck;
import com.hallflow.variant.OverlayService;
import com.hallflow.variant.OverlayState;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Head office's read-only view of the regions' variants of one flow: every region with an
 * overlay, where it stands, and who is behind head office's newest version with the
 * conflicts in words, and whose overlay is being rolled out in stages (decision 0027) and
 * how far; choosing a region shows its rollout, its changes and its effective flow. It
 * opens on the first flow some region varies, and says so in words when no region varies
 * the flow chosen.
 */
@Route("regional-variants")
@Menu(order = 58, title = "variant.hq.title", icon = "SPLIT")
@RolesAllowed(AppRoles.HQ_ADMIN)
public class RegionalVariantsView extends VerticalLayout implements HasDynamicTitle {

	final Select<PublishedFlow> flow = new Select<>();

	final Grid<OverlayState> grid = new Grid<>();

	private final ChangeList changes = new ChangeList(null, null);

	private final EffectiveFlowPanel effective = new EffectiveFlowPanel();

	final Paragraph none = new Paragraph();

	final OverlayRolloutPanel rollout;

	private Map<Long, FlowRollout> rollouts = Map.of();

	RegionalVariantsView(OverlayService overlays, PublishedFlowService flows, FlowRolloutService flowRollouts,
			RegionService regions, BranchService branches, Clock clock) {
		setSizeFull();
		rollout = new OverlayRolloutPanel(flowRollouts, regions, branches, clock, false);
		RolloutWords words = new RolloutWords(this, getLocale(),
				regions.all().stream().collect(Collectors.toMap(RegionNode::id, RegionNode::name)), id -> "?");
		flow.setId("regional-variants-flow");
		flow.setLabel(getTranslation("variant.list.flow"));
		List<PublishedFlow> startable = flows.startable();
		flow.setItems(startable);
		flow.setItemLabelGenerator(f -> f.document().name());
		none.setId("regional-variants-none");
		none.setText(getTranslation("variant.hq.none"));
		none.setVisible(false);
		flow.addValueChangeListener(e -> {
			List<OverlayState> varied = overlays.overlaysOf(e.getValue().key());
			rollouts = flowRollouts.overlayRollouts(e.getValue().key())
				.stream()
				.collect(Collectors.toMap(FlowRollout::regionId, Function.identity()));
			grid.setItems(varied);
			grid.setVisible(!varied.isEmpty());
			none.setVisible(varied.isEmpty());
			changes.setVisible(false);
			effective.setVisible(false);
			rollout.setVisible(false);
		});
		grid.setId("regional-variants-grid");
		grid.addColumn(OverlayState::regionName).setHeader(getTranslation("variant.list.region")).setAutoWidth(true);
		grid.addColumn(s -> OverlayStates.of(this, s))
			.setHeader(getTranslation("variant.list.state"))
			.setAutoWidth(true);
		grid.addColumn(s -> s.conflicts().stream().map(i -> IssueWords.of(this, i)).collect(Collectors.joining("；")))
			.setHeader(getTranslation("variant.hq.conflicts"))
			.setFlexGrow(1);
		// a region's overlay being rolled out in stages, and how far it has got
		grid.addColumn(s -> Optional.ofNullable(rollouts.get(s.regionId()))
			.map(r -> getTranslation("variant.hq.rolloutState", r.subjectNumber(), words.stateText(r, clock.instant())))
			.orElse("")).setHeader(getTranslation("variant.hq.rollout")).setKey("rollout").setAutoWidth(true);
		grid.setAllRowsVisible(true);
		grid.asSingleSelect().addValueChangeListener(e -> {
			OverlayState s = e.getValue();
			if (s == null) {
				rollout.setVisible(false);
			}
			else {
				rollout.show(s.flowKey(), s.flowName(), overlays.region(s.regionId()));
			}
			boolean shown = s != null && s.published() != null;
			changes.setVisible(shown);
			effective.setVisible(shown);
			if (shown) {
				FlowOverlay overlay = overlays.version(s.flowKey(), s.regionId(), s.published());
				OverlayCheck check = overlays.check(s.flowKey(), s.regionId(), overlay);
				changes.show(overlay, check);
				effective.show(check, overlays.region(s.regionId()).isProvince());
			}
		});
		changes.setVisible(false);
		effective.setVisible(false);
		add(new H2(getTranslation("variant.hq.title")), flow, none, grid, rollout, changes, effective);
		// the first flow some region varies (else the first flow): never an empty page
		startable.stream()
			.filter(f -> !overlays.overlaysOf(f.key()).isEmpty())
			.findFirst()
			.or(() -> startable.stream().findFirst())
			.ifPresentOrElse(flow::setValue, () -> grid.setVisible(false));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("variant.hq.title") + " | " + getTranslation("app.name");
	}

}
