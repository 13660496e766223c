package com.hallflow.flowdesign.counter;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A script as the clerk reads it: its placeholders filled, an unknown value a blank,
 * never raw braces; script text is always text, never HTML.
 */
public final class ScriptCard {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9_.]*)}");

	private ScriptCard() {
	}

	/**
	 * A script with its placeholders filled; an unresolved placeholder shows as a
	 * highlighted blank, never as raw braces. The counter's offer pitches use it too.
	 */
	public static Div of(String script, Map<String, String> values) {
		return of(script, values, Set.of(), new LinkedHashMap<>());
	}

	/**
	 * The script card; a placeholder named in {@code live} (an input of the step shown)
	 * is collected into {@code spans} so it can follow what the clerk enters, and while
	 * empty it is a neutral blank, not a missing value.
	 */
	static Div of(String script, Map<String, String> values, Set<String> live, Map<String, List<Span>> spans) {
		Div card = new Div();
		card.addClassName("script-card");
		Paragraph text = new Paragraph();
		Matcher m = PLACEHOLDER.matcher(script);
		int at = 0;
		while (m.find()) {
			if (m.start() > at) {
				text.add(new Text(script.substring(at, m.start())));
			}
			String value = values.get(m.group(1));
			Span span = new Span();
			show(span, value, live.contains(m.group(1)));
			if (live.contains(m.group(1))) {
				spans.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(span);
			}
			text.add(span);
			at = m.end();
		}
		if (at < script.length()) {
			text.add(new Text(script.substring(at)));
		}
		card.add(text);
		return card;
	}

	/**
	 * A placeholder's text: the value, or a blank — neutral while the clerk has still to
	 * enter it on this step, highlighted when the value is missing.
	 */
	static void show(Span span, String value, boolean pending) {
		boolean blank = value == null || value.isBlank();
		span.setText(blank ? "\u3000\u3000\u3000" : value);
		span.setClassName("filled", !blank);
		span.setClassName("blank", blank && !pending);
		span.setClassName("pending", blank && pending);
	}

}
