package com.hallflow.promotion.ui;

import com.hallflow.base.BusinessException;
import com.hallflow.base.ClockConfiguration;
import com.hallflow.base.ui.Dates;
import com.hallflow.base.ui.FormErrors;
import com.hallflow.base.ui.Notifications;
import com.hallflow.organization.BranchService;
import com.hallflow.organization.RegionNode;
import com.hallflow.promotion.PackageStatus;
import com.hallflow.promotion.Rollout;
import com.hallflow.promotion.RolloutCommand;
import com.hallflow.promotion.RolloutService;
import com.hallflow.promotion.VasPackage;
import com.hallflow.promotion.planning.StagesEditor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Creates or edits a rollout: the package, a name, priority, optional quota per branch
 * and end, the stages and the branches or regions left out ({@link StagesEditor}).
 */
class RolloutDialog extends Dialog {

	final ComboBox<VasPackage> pack = new ComboBox<>();

	final TextField name = new TextField();

	final IntegerField priority = new IntegerField();

	final IntegerField quota = new IntegerField();

	final DateTimePicker end = new DateTimePicker();

	final StagesEditor stages;

	final Button save = new Button();

	RolloutDialog(Rollout rollout, List<VasPackage> packages, List<RegionNode> regions, BranchService branches,
			RolloutService service, Clock clock, Runnable saved) {
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
		stages = new StagesEditor("rollout", "promotion.rollout.stages", "promotion.rollout.exclusions", regions,
				branches, clock);
		if (rollout == null) {
			priority.setValue(1);
			stages.addStage(null);
		}
		else {
			packages.stream().filter(p -> p.id() == rollout.packageId()).findFirst().ifPresent(pack::setValue);
			pack.setReadOnly(true);
			name.setValue(rollout.name());
			priority.setValue(rollout.priority());
			quota.setValue(rollout.quotaPerBranch());
			end.setValue(rollout.endsAt() == null ? null
					: LocalDateTime.ofInstant(rollout.endsAt(), ClockConfiguration.BUSINESS_ZONE));
			stages.setValue(rollout.stages(), rollout.exclusions());
		}
		FormErrors errors = new FormErrors().bind("packageId", pack)
			.bind("name", name)
			.bind("priority", priority)
			.bind("quotaPerBranch", quota)
			.bind("endsAt", end)
			.bind("exclusions", stages.excludedBranches);
		FormLayout form = new FormLayout(pack, name, priority, quota, end);
		add(form, stages);
		save.setId("rollout-save");
		save.setText(getTranslation("base.action.save"));
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		save.addClickListener(e -> {
			stages.clearError();
			try {
				service.save(new RolloutCommand(rollout == null ? null : rollout.id(),
						rollout == null ? null : rollout.lockVersion(),
						pack.getValue() == null ? null : pack.getValue().id(), name.getValue(), priority.getValue(),
						quota.getValue(),
						end.getValue() == null ? null
								: end.getValue().atZone(ClockConfiguration.BUSINESS_ZONE).toInstant(),
						stages.stages(), stages.exclusions()));
				Notifications.success(getTranslation("promotion.planner.saved"));
				close();
				saved.run();
			}
			catch (BusinessException ex) {
				if (!stages.showError(ex)) {
					errors.show(ex, () -> {
						close();
						saved.run();
					});
				}
			}
		});
		getFooter().add(new Button(getTranslation("base.action.cancel"), e -> close()), save);
	}

	static Instant at(LocalDateTime local) {
		return local.atZone(ClockConfiguration.BUSINESS_ZONE).toInstant();
	}

}
