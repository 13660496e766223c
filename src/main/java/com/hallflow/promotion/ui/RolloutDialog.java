package com.hallflow.promotion.ui;

import com.hallflow.base.BusinessException;
import com.hallflow.base.ClockConfiguration;
import com.hallflow.base.ui.Dates;
import com.hallflow.base.ui.FormErrors;
import com.hallflow.base.ui.Notifications;
import com.hallflow.organization.BranchFilter;
import com.hallflow.organization.BranchService;
import com.hallflow.organization.BranchSummary;
import com.hallflow.organization.RegionNode;
import com.hallflow.promotion.PackageStatus;
import com.hallflow.promotion.Rollout;
import com.hallflow.promotion.RolloutCommand;
import com.hallflow.promotion.RolloutService;
import com.hallflow.promotion.RolloutTarget;
import com.hallflow.promotion.Stage;
import com.hallflow.promotion.TargetKind;
import com.hallflow.promotion.VasPackage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * Creates or edits a rollout: the package, a name, priority, optional quota per branch
 * and end, the stages (each from a date-time in Asia/Shanghai, to the whole network,
 * regions and/or named branches) and the branches or regions left out.
 */
class RolloutDialog extends Dialog {

	/** One stage's editor row. */
	final class StageRow extends HorizontalLayout {

		final DateTimePicker start = new DateTimePicker(getTranslation("promotion.rollout.stageStart"));

		final Checkbox network = new Checkbox(getTranslation("promotion.target.network"));

		final MultiSelectComboBox<RegionNode> regionPicker = regionPicker("promotion.target.regions");

		final MultiSelectComboBox<BranchSummary> branchPicker = branchPicker("promotion.target.branches");

		StageRow(Stage stage) {
			addClassName("stage-row");
			setAlignItems(FlexComponent.Alignment.BASELINE);
			setWrap(true);
			setWidthFull();
			network.addClassName("no-wrap");
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
				stageRows.remove(this);
				stages.remove(this);
			});
			remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
			remove.setAriaLabel(getTranslation("promotion.rollout.removeStage"));
			add(start, network, regionPicker, branchPicker, remove);
		}

		Stage stage() {
			return new Stage(
					start.getValue() == null ? null
							: start.getValue().atZone(ClockConfiguration.BUSINESS_ZONE).toInstant(),
					targets(network.getValue(), regionPicker.getValue(), branchPicker.getValue()));
		}

	}

	final ComboBox<VasPackage> pack = new ComboBox<>();

	final TextField name = new TextField();

	final IntegerField priority = new IntegerField();

	final IntegerField quota = new IntegerField();

	final DateTimePicker end = new DateTimePicker();

	final VerticalLayout stages = new VerticalLayout();

	final List<StageRow> stageRows = new ArrayList<>();

	final MultiSelectComboBox<RegionNode> excludedRegions;

	final MultiSelectComboBox<BranchSummary> excludedBranches;

	final Button save = new Button();

	private final BranchService branches;

	private final List<RegionNode> regions;

	private final Clock clock;

	private final Map<Long, String> regionNames = new HashMap<>();

	RolloutDialog(Rollout rollout, List<VasPackage> packages, List<RegionNode> regions, BranchService branches,
			RolloutService service, Clock clock, Runnable saved) {
		this.branches = branches;
		this.regions = regions;
		this.clock = clock;
		regions.forEach(r -> regionNames.put(r.id(), r.name()));
		setId("rollout-dialog");
		setHeaderTitle(getTranslation(rollout == null ? "promotion.planner.create" : "promotion.planner.edit"));
		setWidth("64rem");
		pack.setId("rollout-package");
		pack.setLabel(getTranslation("promotion.rollout.package"));
		pack.setItems(packages.stream().filter(p -> p.status() != PackageStatus.RETIRED).toList());
		pack.setItemLabelGenerator(p -> p.code() + " " + p.name());
		name.setId("rollout-name");
		name.setLabel(getTranslation("promotion.rollout.name"));
		name.setMaxLength(RolloutCommand.NAME_MOST);
		priority.setId("rollout-priority");
		priority.setLabel(getTranslation("promotion.rollout.priority"));
		priority.setHelperText(getTranslation("promotion.rollout.priorityHelp"));
		priority.setStepButtonsVisible(true);
		priority.setMin(1);
		quota.setId("rollout-quota");
		quota.setLabel(getTranslation("promotion.rollout.quota"));
		quota.setHelperText(getTranslation("promotion.rollout.quotaHelp"));
		end.setId("rollout-end");
		end.setLabel(getTranslation("promotion.rollout.end"));
		Dates.picker(end, getLocale());
		end.setHelperText(getTranslation("promotion.rollout.endHelp"));
		stages.setId("rollout-stages");
		stages.setPadding(false);
		excludedRegions = regionPicker("promotion.rollout.excludedRegions");
		excludedRegions.setId("rollout-excluded-regions");
		excludedBranches = branchPicker("promotion.rollout.excludedBranches");
		excludedBranches.setId("rollout-excluded-branches");
		Button addStage = new Button(getTranslation("promotion.rollout.addStage"), VaadinIcon.PLUS.create(),
				e -> addStage(null));
		addStage.setId("rollout-add-stage");
		if (rollout == null) {
			priority.setValue(1);
			addStage(null);
		}
		else {
			packages.stream().filter(p -> p.id() == rollout.packageId()).findFirst().ifPresent(pack::setValue);
			pack.setReadOnly(true);
			name.setValue(rollout.name());
			priority.setValue(rollout.priority());
			quota.setValue(rollout.quotaPerBranch());
			end.setValue(rollout.endsAt() == null ? null
					: LocalDateTime.ofInstant(rollout.endsAt(), ClockConfiguration.BUSINESS_ZONE));
			rollout.stages().forEach(this::addStage);
			fill(rollout.exclusions(), null, excludedRegions, excludedBranches);
		}
		FormErrors errors = new FormErrors().bind("packageId", pack)
			.bind("name", name)
			.bind("priority", priority)
			.bind("quotaPerBranch", quota)
			.bind("endsAt", end)
			.bind("exclusions", excludedBranches);
		Span stageError = new Span();
		stageError.setId("rollout-stage-error");
		stageError.addClassName("field-error");
		FormLayout form = new FormLayout(pack, name, priority, quota, end);
		add(form, new H4(getTranslation("promotion.rollout.stages")), stages, stageError, addStage,
				new H4(getTranslation("promotion.rollout.exclusions")),
				new HorizontalLayout(excludedRegions, excludedBranches));
		save.setId("rollout-save");
		save.setText(getTranslation("base.action.save"));
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		save.addClickListener(e -> {
			stageError.setText("");
			try {
				service.save(new RolloutCommand(rollout == null ? null : rollout.id(),
						rollout == null ? null : rollout.lockVersion(),
						pack.getValue() == null ? null : pack.getValue().id(), name.getValue(), priority.getValue(),
						quota.getValue(),
						end.getValue() == null ? null
								: end.getValue().atZone(ClockConfiguration.BUSINESS_ZONE).toInstant(),
						stageRows.stream().map(StageRow::stage).toList(),
						targets(false, excludedRegions.getValue(), excludedBranches.getValue())));
				Notifications.success(getTranslation("promotion.planner.saved"));
				close();
				saved.run();
			}
			catch (BusinessException ex) {
				if (ex.field().filter("stages"::equals).isPresent()) {
					stageError.setText(getTranslation(ex.messageKey(), ex.arguments()));
				}
				else {
					errors.show(ex, () -> {
						close();
						saved.run();
					});
				}
			}
		});
		getFooter().add(new Button(getTranslation("base.action.cancel"), e -> close()), save);
	}

	void addStage(Stage stage) {
		StageRow row = new StageRow(stage);
		String id = "rollout-stage-" + stageRows.size();
		row.setId(id);
		row.start.setId(id + "-start");
		row.network.setId(id + "-network");
		row.regionPicker.setId(id + "-regions");
		row.branchPicker.setId(id + "-branches");
		stageRows.add(row);
		stages.add(row);
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
					.list(new BranchFilter(query.getFilter().orElse(""), null, null),
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

	static Instant at(LocalDateTime local) {
		return local.atZone(ClockConfiguration.BUSINESS_ZONE).toInstant();
	}

}
