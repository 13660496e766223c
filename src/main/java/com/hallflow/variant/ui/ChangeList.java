package com.hallflow.variant.ui;

import com.hallflow.variant.FlowOverlay;
import com.hallflow.variant.OverlayChange;
import com.hallflow.variant.OverlayCheck;
import com.hallflow.variant.OverlayIssue;
import com.hallflow.variant.OverlayWords;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * The region's changes in order, each in words, with what keeps it from applying right
 * under it; in the editor each can be edited, moved up or down (the changes apply in
 * order) and removed.
 */
class ChangeList extends VerticalLayout {

	private final VerticalLayout rows = new VerticalLayout();

	private final Consumer<List<OverlayChange>> onChanged;

	private final IntConsumer onEdit;

	/**
	 * @param onChanged takes the changes after one was moved or removed; null for a
	 * read-only list
	 * @param onEdit opens the change at an index to edit it; null for a read-only list
	 */
	ChangeList(Consumer<List<OverlayChange>> onChanged, IntConsumer onEdit) {
		this.onChanged = onChanged;
		this.onEdit = onEdit;
		setId("overlay-changes");
		setPadding(false);
		rows.setPadding(false);
		add(new H3(getTranslation("variant.editor.changes")), rows);
	}

	void show(FlowOverlay overlay, OverlayCheck check) {
		rows.removeAll();
		if (overlay.changes().isEmpty()) {
			rows.add(new Paragraph(getTranslation("variant.editor.noChanges")));
		}
		for (int i = 0; i < overlay.changes().size(); i++) {
			OverlayChange change = overlay.changes().get(i);
			int index = i;
			Span words = new Span((i + 1) + ". "
					+ IssueWords.of(this, OverlayWords.describe(change, check.hq().document(), check.effective())));
			HorizontalLayout line = new HorizontalLayout(words);
			line.setAlignItems(Alignment.CENTER);
			if (onChanged != null) {
				List<OverlayChange> all = overlay.changes();
				Button up = button(VaadinIcon.ARROW_UP, "overlay-up-" + i, "variant.editor.moveUp",
						() -> onChanged.accept(moved(all, index, index - 1)));
				up.setEnabled(i > 0);
				Button down = button(VaadinIcon.ARROW_DOWN, "overlay-down-" + i, "variant.editor.moveDown",
						() -> onChanged.accept(moved(all, index, index + 1)));
				down.setEnabled(i < all.size() - 1);
				Button remove = button(VaadinIcon.TRASH, "overlay-remove-" + i, "variant.editor.remove", () -> {
					List<OverlayChange> left = new ArrayList<>(all);
					left.remove(index);
					onChanged.accept(left);
				});
				remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
				line.add(
						button(VaadinIcon.EDIT, "overlay-edit-" + i, "variant.editor.edit", () -> onEdit.accept(index)),
						up, down, remove);
			}
			VerticalLayout row = new VerticalLayout(line);
			row.setId("overlay-change-" + i);
			row.setPadding(false);
			row.setSpacing(false);
			for (OverlayIssue issue : check.issuesOf(i)) {
				Span problem = new Span(IssueWords.of(this, issue));
				problem.addClassName("overlay-problem");
				problem.getStyle().set("color", "var(--lumo-error-text-color)");
				row.add(problem);
			}
			rows.add(row);
		}
	}

	private Button button(VaadinIcon icon, String id, String labelKey, Runnable action) {
		Button button = new Button(icon.create(), e -> action.run());
		button.setId(id);
		button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
		button.setAriaLabel(getTranslation(labelKey));
		button.setTooltipText(getTranslation(labelKey));
		return button;
	}

	private static List<OverlayChange> moved(List<OverlayChange> changes, int from, int to) {
		List<OverlayChange> moved = new ArrayList<>(changes);
		moved.add(to, moved.remove(from));
		return moved;
	}

}
