package com.hallflow.variant.ui;

import com.hallflow.base.ClockConfiguration;
import com.hallflow.base.ui.Dates;
import com.hallflow.organization.BranchFilter;
import com.hallflow.organization.BranchService;
import com.hallflow.organization.BranchSummary;
import com.hallflow.variant.EffectiveFlows;
import com.hallflow.variant.EffectiveIndex;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;

/**
 * Which version of each flow, with which regions' overlays, a chosen branch runs at a
 * chosen instant (Beijing time), from the same index the counter uses.
 */
class BranchPreview extends VerticalLayout {

	final ComboBox<BranchSummary> branch = new ComboBox<>();

	final DateTimePicker at = new DateTimePicker();

	final Button show = new Button();

	final Div result = new Div();

	private final EffectiveFlows effective;

	private final Supplier<Map<Long, String>> regionNames;

	BranchPreview(EffectiveFlows effective, BranchService branches, Supplier<Map<Long, String>> regionNames,
			Clock clock) {
		this.effective = effective;
		this.regionNames = regionNames;
		setPadding(false);
		branch.setId("flow-preview-branch");
		branch.setLabel(getTranslation("variant.planner.previewBranch"));
		branch.setItems(
				query -> branches
					.list(new BranchFilter(query.getFilter().orElse(""), null, null),
							PageRequest.of(query.getPage(), query.getPageSize()))
					.stream());
		branch.setItemLabelGenerator(BranchSummary::label);
		branch.setWidth("24rem");
		at.setId("flow-preview-at");
		at.setLabel(getTranslation("variant.planner.previewAt"));
		Dates.picker(at, getLocale());
		at.setValue(LocalDateTime.ofInstant(clock.instant(), ClockConfiguration.BUSINESS_ZONE));
		show.setId("flow-preview-show");
		show.setText(getTranslation("variant.planner.showPreview"));
		show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		show.addClickListener(e -> show());
		result.setId("flow-preview");
		HorizontalLayout bar = new HorizontalLayout(branch, at, show);
		bar.setAlignItems(Alignment.BASELINE);
		add(bar, result);
	}

	void show() {
		result.removeAll();
		if (branch.getValue() == null || at.getValue() == null) {
			branch.setInvalid(branch.getValue() == null);
			branch.setErrorMessage(getTranslation("variant.planner.chooseBranch"));
			return;
		}
		branch.setInvalid(false);
		List<EffectiveFlows.Preview> flows = effective.preview(branch.getValue().id(),
				at.getValue().atZone(ClockConfiguration.BUSINESS_ZONE).toInstant());
		if (flows.isEmpty()) {
			result.add(new Span(getTranslation("variant.planner.previewNone")));
		}
		Map<Long, String> names = regionNames.get();
		for (EffectiveFlows.Preview flow : flows) {
			Div row = new Div();
			row.setId("flow-preview-" + flow.flowKey());
			row.addClassName("preview-step");
			String overlays = flow.overlays().isEmpty() ? getTranslation("variant.planner.previewNoOverlay")
					: flow.overlays().stream().map(o -> overlayWords(o, names)).collect(Collectors.joining("、"));
			row.add(new Span(flow.flowName() + " · "
					+ getTranslation("variant.planner.previewVersion", flow.ref().versionNumber()) + " · " + overlays));
			result.add(row);
		}
	}

	private String overlayWords(EffectiveIndex.OverlayRule overlay, Map<Long, String> names) {
		return getTranslation("variant.planner.previewOverlay", names.getOrDefault(overlay.regionId(), "?"),
				overlay.number());
	}

}
