package com.hallflow.flowdesign.ui;

import com.hallflow.base.TextHygiene;
import com.hallflow.base.TextHygiene.Kind;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;

/**
 * The text policy ({@link TextHygiene}) at a field of the draft editor, which stores only
 * when asked: the browser takes no more than the limit, and what the draft save would
 * refuse (a text too long, a hidden direction character, a line break in a line) is shown
 * at the field as it is entered, in the words the validator uses.
 */
final class TextChecks {

	private TextChecks() {
	}

	/**
	 * The field, checked as one line of at most {@code most}, its value now and later.
	 */
	static TextField line(TextField field, int most) {
		field.setMaxLength(most);
		return watched(field, Kind.LINE, most);
	}

	/** The area, checked as a text of at most {@code most}, its value now and later. */
	static TextArea text(TextArea area, int most) {
		area.setMaxLength(most);
		return watched(area, Kind.TEXT, most);
	}

	private static <F extends AbstractField<F, String> & HasValidation> F watched(F field, Kind kind, int most) {
		field.setManualValidation(true);
		field.addValueChangeListener(e -> mark(field, message(field, e.getValue(), kind, most)));
		mark(field, message(field, field.getValue(), kind, most));
		return field;
	}

	/** What is wrong with the text, in the user's language; empty when nothing is. */
	static Optional<String> message(Component field, String text, Kind kind, int most) {
		return TextHygiene.problem(text, kind, most)
			.map(p -> field.getTranslation(p.messageKey(), p.arguments().toArray()));
	}

	/** Shows the message at the field, or clears the field's error. */
	static <F extends Component & HasValidation> void mark(F field, Optional<String> message) {
		field.setInvalid(message.isPresent());
		field.setErrorMessage(message.orElse(null));
	}

}
