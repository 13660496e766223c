package com.hallflow.flowdesign.ui;

import com.hallflow.flowdesign.DraftEdits;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowdesign.Target;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The diagram's edits in the draft editor, applied to the draft as the list's are (so the
 * validator, the preview and undo see them the same way).
 */
class DiagramEdits implements FlowDiagram.Edits {

	private final Supplier<FlowDocument> draft;

	private final Supplier<FlowWords> words;

	private final BiConsumer<String, FlowDocument> apply;

	private final Consumer<StepDefinition> confirmDelete;

	/**
	 * @param apply takes the step to select (null keeps the selection) and the draft
	 * after the edit
	 * @param confirmDelete asks whether to delete a step, as the list's delete does
	 */
	DiagramEdits(Supplier<FlowDocument> draft, Supplier<FlowWords> words, BiConsumer<String, FlowDocument> apply,
			Consumer<StepDefinition> confirmDelete) {
		this.draft = draft;
		this.words = words;
		this.apply = apply;
		this.confirmDelete = confirmDelete;
	}

	@Override
	public void insert(DraftEdits.Branch branch) {
		new InsertStepDialog(draft.get(), branch, words.get(), kind -> {
			FlowDocument doc = draft.get();
			StepDefinition step = kind.create(doc, words.get().labels().get(kind.messageKey()));
			apply.accept(step.key(), DraftEdits.insertInto(doc, branch, step));
		}).open();
	}

	@Override
	public void redirect(DraftEdits.Branch branch, Target to) {
		FlowDocument before = draft.get();
		FlowDocument after = DraftEdits.redirect(before, branch, to);
		if (!after.equals(before)) {
			apply.accept(null, after);
		}
	}

	@Override
	public void delete(String stepKey) {
		draft.get().step(stepKey).ifPresent(confirmDelete);
	}

}
