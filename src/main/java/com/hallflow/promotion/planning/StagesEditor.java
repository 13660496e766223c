package com.hallflow.promotion.planning;

import com.hallflow.base.BusinessException;
import com.hallflow.base.ClockConfiguration;
import com.hallflow.base.ui.Dates;
import com.hallflow.organization.BranchFilter;
import com.hallflow.organization.BranchService;
import com.hallflow.organization.BranchSummary;
import com.hallflow.organization.RegionNode;
import com.hallflow.organization.RegionTree;
import com.hallflow.promotion.RolloutTarget;
import com.hallflow.promotion.Stage;
import com.hallflow.promotion.TargetKind;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;

/**
 * A rollout's stages (each from a date-time in Asia/Shanghai, to the whole network,
 * regions with their sub-regions and/or named branches) and what the whole rollout leaves
 * out: the part of the planner that promotion's rollouts and module variant's rollouts of
 * flow versions share. Element ids start with the prefix given, e.g.
 * {@code rollout-stage-0-start}, {@code rollout-add-stage},
 * {@code rollout-excluded-regions}.
 */
public class StagesEditor extends VerticalLayout {

	/** One stage's editor row. */
	public final class StageRow extends HorizontalLayout {

		public final DateTimePicker start = new DateTimePicker(getTranslation("promotion.rollout.stageStart"));

		public final Checkbox network = new Checkbox(within == null ? getTranslation("promotion.target.network")
				: getTranslation("promotion.target.wholeRegion", within.name()));

		public final MultiSelectComboBox<RegionNode> regionPicker = regionPicker("promotion.target.regions");

		public final MultiSelectComboBox<BranchSummary> branchPicker = branchPicker("promotion.target.branches");

		StageRow(Stage stage) {
			addClassName("stage-row");
			setAlignItems(FlexComponent.Alignment.BASELINE);
			setWrap(true);
			setWidthFull();
			network.addClassName("no-wrap");
			// the whole network (or region) takes in every region and branch: picking
			// some
			// as well would mean nothing, so the pickers rest (their choice comes back
			// with
			// the tick taken off)
			network.addValueChangeListener(e -> {
				String covered = e.getValue() ? getTranslation("promotion.target.coveredByWhole", network.getLabel())
						: null;
				for (MultiSelectComboBox<?> picker : List.of(regionPicker, branchPicker)) {
					picker.setEnabled(!e.getValue());
					picker.setHelperText(picker.getValue().isEmpty() ? null : covered);
				}
			});
			start.setStep(Duration.ofMinutes(30));
			Dates.picker(start, getLocale());
			if (stage != null) {
				start.setValue(LocalDateTime.ofInstant(stage.startsAt(), ClockConfiguration.BUSINESS_ZONE));
				fill(stage.targets(), network, regionPicker, branchPicker);
			}
			else {
				start.setValue(LocalDate.ofInstant(clock.instant(), ClockConfiguration.BUSINESS_ZONE).atStartOfDay());
			}
			Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
				rows.remove(this);
				stagesBox.remove(this);
			});
			remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
			remove.setAriaLabel(getTranslation("promotion.rollout.removeStage"));
			add(start, network, regionPicker, branchPicker, remove);
		}

		public Stage stage() {
			return new Stage(
					start.getValue() == null ? null
							: start.getValue().atZone(ClockConfiguration.BUSINESS_ZONE).toInstant(),
					network.getValue() ? List.of(RolloutTarget.NETWORK)
							: targets(false, regionPicker.getValue(), branchPicker.getValue()));
		}

	}

	public final VerticalLayout stagesBox = new VerticalLayout();

	public final Span stageError = new Span();

	public final Button addStage = new Button();

	public final MultiSelectComboBox<RegionNode> excludedRegions;

	public final MultiSelectComboBox<BranchSummary> excludedBranches;

	private final List<StageRow> rows = new ArrayList<>();

	private final String idPrefix;

	private final BranchService branches;

	private final List<RegionNode> regions;

	private final Clock clock;

	private final RegionNode within;

	private final Map<Long, String> regionNames = new HashMap<>();

	/**
	 * @param stagesTitleKey the translation key of the stages' heading
	 * @param exclusionsTitleKey the translation key of the exclusions' heading
	 */
	public StagesEditor(String idPrefix, String stagesTitleKey, String exclusionsTitleKey, List<RegionNode> regions,
			BranchService branches, Clock clock) {
		this(idPrefix, stagesTitleKey, exclusionsTitleKey, regions, branches, clock, null);
	}

	/**
	 * An editor of a rollout that stays within one region (a region's own overlay): it
	 * offers only that region, its sub-regions and their branches, and its "network" is
	 * the whole region.
	 * @param within the region the rollout stays in; null for the whole network
	 */
	@SuppressWarnings("java:S107") // the shared editor's settings, then the region
	public StagesEditor(String idPrefix, String stagesTitleKey, String exclusionsTitleKey, List<RegionNode> regions,
			BranchService branches, Clock clock, RegionNode within) {
		this.idPrefix = idPrefix;
		this.branches = branches;
		this.within = within;
		RegionTree tree = RegionTree.of(regions);
		this.regions = within == null ? regions
				: regions.stream().filter(r -> tree.within(r.id(), within.id())).toList();
		this.clock = clock;
		regions.forEach(r -> regionNames.put(r.id(), r.name()));
		setPadding(false);
		stagesBox.setId(idPrefix + "-stages");
		stagesBox.setPadding(false);
		stageError.setId(idPrefix + "-stage-error");
		stageError.addClassName("field-error");
		addStage.setText(getTranslation("promotion.rollout.addStage"));
		addStage.setIcon(VaadinIcon.PLUS.create());
		addStage.setId(idPrefix + "-add-stage");
		addStage.addClickListener(e -> addStage(null));
		excludedRegions = regionPicker("promotion.rollout.excludedRegions");
		excludedRegions.setId(idPrefix + "-excluded-regions");
		excludedBranches = branchPicker("promotion.rollout.excludedBranches");
		excludedBranches.setId(idPrefix + "-excluded-branches");
		add(new H4(getTranslation(stagesTitleKey)), stagesBox, stageError, addStage,
				new H4(getTranslation(exclusionsTitleKey)), new HorizontalLayout(excludedRegions, excludedBranches));
	}

	/** The stage rows, in order. */
	public List<StageRow> rows() {
		return List.copyOf(rows);
	}

	/** Shows these stages and exclusions instead of what the editor held. */
	public void setValue(List<Stage> stages, List<RolloutTarget> exclusions) {
		rows.clear();
		stagesBox.removeAll();
		stages.forEach(this::addStage);
		fill(exclusions, null, excludedRegions, excludedBranches);
	}

	public List<Stage> stages() {
		return rows.stream().map(StageRow::stage).toList();
	}

	public List<RolloutTarget> exclusions() {
		return targets(false, excludedRegions.getValue(), excludedBranches.getValue());
	}

	/**
	 * Shows a refusal about the stages under them; false when the refusal is about
	 * something else.
	 */
	public boolean showError(BusinessException e) {
		if (e.field().filter("stages"::equals).isPresent()) {
			stageError.setText(getTranslation(e.messageKey(), e.arguments()));
			return true;
		}
		return false;
	}

	public void clearError() {
		stageError.setText("");
	}

	public void addStage(Stage stage) {
		StageRow row = new StageRow(stage);
		String id = idPrefix + "-stage-" + rows.size();
		row.setId(id);
		row.start.setId(id + "-start");
		row.network.setId(id + "-network");
		row.regionPicker.setId(id + "-regions");
		row.branchPicker.setId(id + "-branches");
		rows.add(row);
		stagesBox.add(row);
	}

	private MultiSelectComboBox<RegionNode> regionPicker(String labelKey) {
		MultiSelectComboBox<RegionNode> picker = new MultiSelectComboBox<>(getTranslation(labelKey));
		picker.setItems(regions);
		picker.setItemLabelGenerator(r -> r.parentId() == null ? r.name()
				: r.name() + "（" + regionNames.getOrDefault(r.parentId(), "") + "）");
		picker.setMinWidth("14rem");
		showsEveryChoice(picker);
		return picker;
	}

	private MultiSelectComboBox<BranchSummary> branchPicker(String labelKey) {
		MultiSelectComboBox<BranchSummary> picker = new MultiSelectComboBox<>(getTranslation(labelKey));
		picker.setItems(
				query -> branches
					.list(new BranchFilter(query.getFilter().orElse(""), within == null ? null : within.id(), null),
							PageRequest.of(query.getPage(), query.getPageSize()))
					.stream());
		picker.setItemLabelGenerator(BranchSummary::label);
		// a branch's code and name fit in a chip
		picker.setWidth("24rem");
		showsEveryChoice(picker);
		return picker;
	}

	/**
	 * Every chosen name stays readable: the chips wrap onto more lines instead of folding
	 * into a count, and the tooltip lists them all in full.
	 */
	private static <T> void showsEveryChoice(MultiSelectComboBox<T> picker) {
		picker.setAutoExpand(MultiSelectComboBox.AutoExpandMode.VERTICAL);
		picker.addValueChangeListener(e -> picker.setTooltipText(
				e.getValue().stream().map(picker.getItemLabelGenerator()).collect(Collectors.joining("、"))));
	}

	private void fill(List<RolloutTarget> targets, Checkbox network, MultiSelectComboBox<RegionNode> regionPicker,
			MultiSelectComboBox<BranchSummary> branchPicker) {
		Set<RegionNode> chosenRegions = new LinkedHashSet<>();
		Set<BranchSummary> chosenBranches = new LinkedHashSet<>();
		for (RolloutTarget target : targets) {
			switch (target.kind()) {
				case NETWORK -> {
					if (network != null) {
						network.setValue(true);
					}
				}
				case REGION ->
					regions.stream().filter(r -> r.id() == target.refId()).findFirst().ifPresent(chosenRegions::add);
				case BRANCH -> chosenBranches.add(branches.get(target.refId()));
			}
		}
		regionPicker.setValue(chosenRegions);
		branchPicker.setValue(chosenBranches);
	}

	static List<RolloutTarget> targets(boolean network, Set<RegionNode> regions, Set<BranchSummary> branches) {
		List<RolloutTarget> targets = new ArrayList<>();
		if (network) {
			targets.add(RolloutTarget.NETWORK);
		}
		regions.forEach(r -> targets.add(new RolloutTarget(TargetKind.REGION, r.id())));
		branches.forEach(b -> targets.add(new RolloutTarget(TargetKind.BRANCH, b.id())));
		return targets;
	}

}
