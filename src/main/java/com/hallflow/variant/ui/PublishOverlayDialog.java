package com.hallflow.variant.ui;

import com.hallflow.base.BusinessException;
import com.hallflow.flowdesign.VersionSummary;
import com.hallflow.organization.BranchService;
import com.hallflow.organization.RegionNode;
import com.hallflow.promotion.RolloutTarget;
import com.hallflow.promotion.Stage;
import com.hallflow.promotion.planning.StagesEditor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.util.List;

/**
 * Publishing the region's overlay with a change note, at once or staged (分阶段发布, decision
 * 0027) with promotion's stages editor, which offers only the region and what lies in it.
 * The note is asked here (a missing one refused at the field, before anything is saved);
 * the service's refusal of the stages is shown under them, any other by the editor.
 */
class PublishOverlayDialog extends Dialog {

	/** Publishes; true when it went through. */
	interface Action {

		/**
		 * @param stages the stages planned, or null to publish at once
		 */
		boolean publish(String note, List<Stage> stages, List<RolloutTarget> exclusions);

	}

	final TextArea note = new TextArea();

	final Checkbox staged = new Checkbox();

	final StagesEditor stages;

	final Button publish = new Button();

	/**
	 * @param region the overlay's region: the stages reach only within it
	 * @param regions every region, for their names
	 */
	@SuppressWarnings("java:S107") // what the dialog says, then the stages editor's needs
	PublishOverlayDialog(String flowName, int hqVersion, RegionNode region, List<RegionNode> regions,
			BranchService branches, Clock clock, Action onPublish) {
		setId("overlay-publish-dialog");
		setHeaderTitle(getTranslation("variant.publish.title"));
		setWidth("32rem");
		note.setId("overlay-publish-note");
		note.setLabel(getTranslation("variant.publish.note"));
		note.setMaxLength(VersionSummary.NOTE_MOST);
		note.setRequiredIndicatorVisible(true);
		note.setWidthFull();
		staged.setId("overlay-publish-staged");
		staged.setLabel(getTranslation("variant.publish.staged"));
		staged.setHelperText(getTranslation("variant.publish.stagedHelp", region.name()));
		stages = new StagesEditor("overlay-rollout", "variant.planner.stages", "variant.planner.exclusions", regions,
				branches, clock, region);
		stages.addStage(null);
		stages.setVisible(false);
		staged.addValueChangeListener(e -> {
			stages.setVisible(e.getValue());
			setWidth(e.getValue() ? "64rem" : "32rem");
		});
		add(new Paragraph(getTranslation("variant.publish.explain", flowName, hqVersion)), note, staged, stages);
		publish.setText(getTranslation("variant.publish.confirm"));
		publish.addClickListener(e -> {
			// asked here, before the editor saves the draft: a missing note saves nothing
			if (note.getValue().isBlank()) {
				note.setErrorMessage(getTranslation("variant.publish.noteRequired"));
				note.setInvalid(true);
				return;
			}
			note.setInvalid(false);
			stages.clearError();
			stages.excludedBranches.setInvalid(false);
			boolean done = staged.getValue() ? onPublish.publish(note.getValue(), stages.stages(), stages.exclusions())
					: onPublish.publish(note.getValue(), null, List.of());
			if (done) {
				close();
			}
		});
		publish.setId("overlay-publish-confirm");
		publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		getFooter().add(new Button(getTranslation("base.action.cancel"), e -> close()), publish);
	}

	/**
	 * Shows a refusal of the stages (one outside the region among them, or the region's
	 * rollout still open) under them, or of the exclusions at theirs; false when the
	 * refusal is about something else.
	 */
	boolean showPlanError(BusinessException e) {
		if (!staged.getValue()) {
			return false;
		}
		if (stages.showError(e)) {
			return true;
		}
		if (e.field().filter("subject"::equals).isPresent()) {
			// the region's rollout still open: said where the stages are planned, where
			// the admin looks, not in a toast that covers the dialog
			stages.stageError.setText(getTranslation(e.messageKey(), e.arguments()));
			return true;
		}
		if (e.field().filter("exclusions"::equals).isPresent()) {
			stages.excludedBranches.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
			stages.excludedBranches.setInvalid(true);
			return true;
		}
		return false;
	}

}
