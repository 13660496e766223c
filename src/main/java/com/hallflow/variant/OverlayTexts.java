package com.hallflow.variant;

import com.hallflow.base.BusinessException;
import com.hallflow.base.TextHygiene;
import com.hallflow.base.TextHygiene.Kind;
import com.hallflow.base.TextHygiene.Problem;
import com.hallflow.base.TranslationProvider;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.FlowTexts;
import java.util.ArrayList;
import java.util.List;

/**
 * The free texts of an overlay and the most each may hold, under the one policy of
 * {@link TextHygiene} and with the limits the flow's own texts have ({@link FlowTexts}):
 * a script replaced or appended as a script, a checklist item as a checklist item, an
 * option as an option, and a region's step as any step (docs/overlay-format.md,
 * "Limits"). The schema states the same lengths; the editor, the draft save and the
 * import keep the same.
 */
public final class OverlayTexts {

	private static final String STEP_PATH = "$.steps[0]";

	/**
	 * A text of the overlay that breaks the policy.
	 *
	 * @param path where it is, e.g. {@code $.changes[2].text}
	 * @param change the index of its change
	 */
	public record Found(String path, int change, String text, Problem problem) {
	}

	private OverlayTexts() {
	}

	/** Every text of the overlay that is too long or not clean, in document order. */
	public static List<Found> problems(FlowOverlay overlay) {
		List<Found> found = new ArrayList<>();
		for (int i = 0; i < overlay.changes().size(); i++) {
			OverlayChange change = overlay.changes().get(i);
			if (change == null || change.op() == null) {
				continue;
			}
			String at = "$.changes[" + i + "]";
			switch (change.op()) {
				case REPLACE_SCRIPT, APPEND_SCRIPT -> {
					check(found, at + ".text", i, change.text(), Kind.TEXT, FlowTexts.SCRIPT_MOST);
					check(found, at + ".replaces", i, change.replaces(), Kind.TEXT, FlowTexts.SCRIPT_MOST);
				}
				case ADD_CHECKLIST_ITEM ->
					check(found, at + ".text", i, change.text(), Kind.LINE, FlowTexts.CHECKLIST_ITEM_MOST);
				case ADD_OPTION -> check(found, at + ".text", i, change.text(), Kind.LINE, FlowTexts.OPTION_MOST);
				case INSERT_BEFORE -> inserted(found, at, i, change);
				default -> {
				}
			}
		}
		return found;
	}

	/**
	 * Refuses an overlay with a text too long or not clean, at the first such text's
	 * path.
	 */
	static void refuse(FlowOverlay overlay) {
		List<Found> found = problems(overlay);
		if (!found.isEmpty()) {
			Found first = found.get(0);
			throw BusinessException.forField(first.path(), first.problem().messageKey(),
					first.problem().arguments().toArray());
		}
	}

	/** What is wrong, in English, for an import's refusal. */
	static String english(Found found) {
		return "Change " + (found.change() + 1) + " (\"" + TextHygiene.visible(found.text(), 20) + "\"): "
				+ new TranslationProvider().getTranslation(found.problem().messageKey(), TranslationProvider.ENGLISH,
						found.problem().arguments().toArray());
	}

	private static void inserted(List<Found> found, String at, int index, OverlayChange change) {
		if (change.insert() == null) {
			return;
		}
		FlowDocument alone = new FlowDocument(FlowDocument.CURRENT_FORMAT, null, null, null, null, null, null,
				List.of(change.insert()));
		FlowTexts.problems(alone)
			.forEach(f -> found
				.add(new Found(at + ".insert" + f.path().substring(STEP_PATH.length()), index, f.text(), f.problem())));
	}

	private static void check(List<Found> found, String path, int index, String text, Kind kind, int most) {
		TextHygiene.problem(text, kind, most).ifPresent(p -> found.add(new Found(path, index, text, p)));
	}

}
