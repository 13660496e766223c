package com.hallflow.shell.ui;

import com.hallflow.base.AuditDetail;
import com.hallflow.base.AuditEntry;
import com.hallflow.base.ui.Dates;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * An audit entry's detail in the reader's language: each field by its name, its value or
 * before → after, yes/no in words, moments in Beijing time, {@code —} for nothing. Older
 * entries, stored as plain text, read as their text.
 */
final class AuditDetailText {

	static final String NOTHING = "—";

	static final String ARROW = " → ";

	private final Component owner;

	private final Supplier<Locale> locale;

	/** Words from the owner's translations, in its locale. */
	AuditDetailText(Component owner, Supplier<Locale> locale) {
		this.owner = owner;
		this.locale = locale;
	}

	/** One line per field: 名称：天河营业厅 → 天河旗舰厅. */
	List<String> lines(AuditEntry entry) {
		return lines(entry, AuditDetail.items(entry.detail()));
	}

	private List<String> lines(AuditEntry entry, Optional<List<AuditDetail.Item>> items) {
		if (items.isEmpty()) {
			return entry.detail() == null || entry.detail().isBlank() ? List.of() : List.of(entry.detail());
		}
		if (items.get().isEmpty()) {
			return List.of(text("shell.audit.noChange"));
		}
		return items.get().stream().map(this::line).toList();
	}

	/**
	 * The first line that says what changed (a field whose value stayed the same, such as
	 * a step count, is not news), with how many there are when more: 名称：A → B 等 2 项.
	 */
	String summary(AuditEntry entry) {
		Optional<List<AuditDetail.Item>> items = AuditDetail.items(entry.detail());
		List<String> lines = lines(entry, items);
		if (lines.isEmpty()) {
			return "";
		}
		List<AuditDetail.Item> fields = items.orElse(List.of());
		int shown = 0;
		while (shown < fields.size() && fields.get(shown).changed()
				&& Objects.equals(fields.get(shown).before(), fields.get(shown).after())) {
			shown++;
		}
		String first = lines.get(shown < lines.size() ? shown : 0).replace('\n', ' ').replace('\r', ' ');
		return lines.size() == 1 ? first : text("shell.audit.more", first, lines.size(), lines.size() - 1);
	}

	/** Every line whole, wrapping, for the row's details. */
	Component full(AuditEntry entry) {
		Div list = new Div();
		list.addClassName("audit-detail");
		list.getStyle().set("padding", "var(--lumo-space-xs) var(--lumo-space-m)");
		Optional<List<AuditDetail.Item>> items = AuditDetail.items(entry.detail());
		if (items.isPresent() && !items.get().isEmpty()) {
			items.get().forEach(item -> {
				Span field = new Span(text(item.field().messageKey()));
				field.getStyle().set("font-weight", "600").set("padding-right", "var(--lumo-space-s)");
				list.add(wrapping(new Div(field, new Span(values(item)))));
			});
		}
		else {
			lines(entry).forEach(line -> list.add(wrapping(new Div(new Span(line)))));
		}
		return list;
	}

	/** The tooltip of the summary: every line, and where to read them whole. */
	String tooltip(AuditEntry entry) {
		List<String> lines = lines(entry);
		return lines.isEmpty() ? null : String.join("\n", lines) + "\n\n" + text("shell.audit.detail.hint");
	}

	private static Div wrapping(Div line) {
		line.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
		return line;
	}

	private String line(AuditDetail.Item item) {
		return text("shell.audit.line", text(item.field().messageKey()), values(item));
	}

	private String values(AuditDetail.Item item) {
		return item.changed() ? value(item.before()) + ARROW + value(item.after()) : value(item.after());
	}

	String value(Object value) {
		if (value == null || value instanceof String s && s.isBlank()
				|| value instanceof Collection<?> c && c.isEmpty()) {
			return NOTHING;
		}
		if (value instanceof Boolean yes) {
			return text(yes ? "shell.audit.yes" : "shell.audit.no");
		}
		if (value instanceof Instant instant) {
			return Dates.format(instant, locale.get());
		}
		if (value instanceof AuditDetail.Words words) {
			return text(words.key(), words.args().stream().map(this::value).toArray());
		}
		if (value instanceof Collection<?> list) {
			return list.stream().map(this::value).collect(Collectors.joining(text("shell.audit.separator")));
		}
		return value.toString();
	}

	private String text(String key, Object... args) {
		return owner.getTranslation(key, args);
	}

}
