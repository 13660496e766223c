package com.hallflow.variant.ui;

import com.hallflow.base.BusinessException;
import com.hallflow.base.ui.FormErrors;
import com.hallflow.base.ui.Notifications;
import com.hallflow.flowdesign.PublishedVersion;
import com.hallflow.organization.BranchService;
import com.hallflow.organization.RegionNode;
import com.hallflow.promotion.planning.StagesEditor;
import com.hallflow.variant.FlowRollout;
import com.hallflow.variant.FlowRolloutCommand;
import com.hallflow.variant.FlowRolloutService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import java.time.Clock;
import java.util.List;

/**
 * Plans a rollout of a flow's latest version: the flow (for a new rollout), then the
 * stages and exclusions with promotion's planning editor.
 */
class FlowRolloutDialog extends Dialog {

	final ComboBox<PublishedVersion> flow = new ComboBox<>();

	final StagesEditor stages;

	final Button save = new Button();

	/**
	 * @param latest each active flow's latest published version, for a new rollout
	 * @param within the region of the overlay rolled out, whose targets are the only ones
	 * offered; null for head office's versions
	 */
	@SuppressWarnings("java:S107") // what the planner shows, then its collaborators
	FlowRolloutDialog(FlowRollout rollout, String flowName, List<PublishedVersion> latest, List<RegionNode> regions,
			RegionNode within, BranchService branches, FlowRolloutService service, Clock clock, Runnable saved) {
		setId("flow-rollout-dialog");
		setHeaderTitle(rollout == null ? getTranslation("variant.planner.create")
				: getTranslation("variant.planner.edit") + " · " + flowName + " " + (within == null
						? getTranslation("variant.planner.versionNumber", rollout.subjectNumber())
						: getTranslation("variant.overlayRollout.subject", within.name(), rollout.subjectNumber())));
		setWidth("64rem");
		flow.setId("flow-rollout-flow");
		flow.setLabel(getTranslation("variant.planner.flow"));
		flow.setItems(latest);
		flow.setItemLabelGenerator(
				v -> v.flowName() + " · " + getTranslation("variant.planner.versionNumber", v.number()));
		flow.setWidth("24rem");
		flow.setVisible(rollout == null);
		stages = new StagesEditor("flow-rollout", "variant.planner.stages", "variant.planner.exclusions", regions,
				branches, clock, within);
		if (rollout == null || rollout.stages().isEmpty()) {
			stages.addStage(null);
		}
		if (rollout != null) {
			stages.setValue(rollout.stages().isEmpty() ? stages.stages() : rollout.stages(), rollout.exclusions());
		}
		FormErrors errors = new FormErrors().bind("subject", flow).bind("exclusions", stages.excludedBranches);
		add(flow, stages);
		save.setId("flow-rollout-save");
		save.setText(getTranslation("base.action.save"));
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		save.addClickListener(e -> {
			stages.clearError();
			try {
				if (rollout == null && flow.getValue() == null) {
					throw BusinessException.forField("subject", "variant.planner.chooseFlow");
				}
				service.save(new FlowRolloutCommand(rollout == null ? null : rollout.id(),
						rollout == null ? null : rollout.lockVersion(),
						rollout == null ? FlowRollout.Subject.VERSION : rollout.subject(),
						rollout == null ? flow.getValue().versionId() : rollout.subjectId(), stages.stages(),
						stages.exclusions()));
				Notifications.success(getTranslation("variant.planner.saved"));
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

}
