package com.hallflow.flowdesign;

import com.hallflow.base.AuditDetail;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The differences between two versions of a flow in words an administrator reads: each
 * change is a translation key with arguments, e.g. "step 3 (核验身份): checklist item '复印身份证'
 * added". A changed text (a script, a title, the flow's name) also carries both texts
 * whole, for the history to show word by word; no text is ever cut. Pure; steps are
 * matched by key.
 */
public final class FlowDiff {

	/**
	 * One change; {@code stepKey} is null for the flow's own properties. The arguments
	 * name texts whole, on one line; a step is named by words of the bundles, its number
	 * and title ({@code flowdesign.diff.step}: 3（核验身份）, in English 3 (核验身份)), which the
	 * translations put in the reader's language. {@code texts} is null but for a changed
	 * text.
	 */
	public record Change(String stepKey, String messageKey, List<Object> args, Texts texts) {
		public Change {
			args = List.copyOf(args);
		}

		Change(String stepKey, String messageKey, List<Object> args) {
			this(stepKey, messageKey, args, null);
		}
	}

	/** A changed text as it was and as it is, whole and as written; empty for none. */
	public record Texts(String before, String after) {
		public Texts {
			before = before == null ? "" : before;
			after = after == null ? "" : after;
		}
	}

	/**
	 * The keys for entries of one list of a step, spelled out whole so that the bundle
	 * test sees them.
	 */
	private record EntryKeys(String added, String changed, String removed) {
	}

	private static final EntryKeys CHECKLIST = new EntryKeys("flowdesign.diff.checklistAdded",
			"flowdesign.diff.checklistChanged", "flowdesign.diff.checklistRemoved");

	private static final EntryKeys INPUT = new EntryKeys("flowdesign.diff.inputAdded", "flowdesign.diff.inputChanged",
			"flowdesign.diff.inputRemoved");

	private FlowDiff() {
	}

	public static List<Change> between(FlowDocument before, FlowDocument after) {
		List<Change> changes = new ArrayList<>();
		text(changes, null, "flowdesign.diff.flow.name", List.of(), before.name(), after.name());
		text(changes, null, "flowdesign.diff.flow.category", List.of(), before.category(), after.category());
		text(changes, null, "flowdesign.diff.flow.description", List.of(), before.description(), after.description());
		property(changes, "flowdesign.diff.flow.targetMinutes", string(before.targetMinutes()),
				string(after.targetMinutes()));
		if (before.takesEffect() != after.takesEffect()) {
			String messageKey = after.takesEffect() == null ? "flowdesign.diff.flow.takesEffect.none"
					: switch (after.takesEffect()) {
						case IMMEDIATELY -> "flowdesign.diff.flow.takesEffect.IMMEDIATELY";
						case NEXT_DAY -> "flowdesign.diff.flow.takesEffect.NEXT_DAY";
						case NEXT_MONTH -> "flowdesign.diff.flow.takesEffect.NEXT_MONTH";
					};
			changes.add(new Change(null, messageKey, List.of()));
		}

		Map<String, StepDefinition> old = byKey(before.steps());
		Map<String, StepDefinition> now = byKey(after.steps());
		List<String> oldOrder = new ArrayList<>(old.keySet());
		List<String> newOrder = new ArrayList<>(now.keySet());
		for (int i = 0; i < after.steps().size(); i++) {
			StepDefinition step = after.steps().get(i);
			AuditDetail.Words label = label(i, step);
			StepDefinition was = old.get(step.key());
			if (was == null) {
				changes.add(new Change(step.key(), "flowdesign.diff.stepAdded", List.of(label)));
				continue;
			}
			int wasAt = oldOrder.indexOf(step.key());
			List<String> keptBefore = oldOrder.stream().filter(now::containsKey).toList();
			List<String> keptAfter = newOrder.stream().filter(old::containsKey).toList();
			if (keptBefore.indexOf(step.key()) != keptAfter.indexOf(step.key())) {
				changes.add(new Change(step.key(), "flowdesign.diff.stepMoved",
						List.of(label, Integer.toString(wasAt + 1), Integer.toString(i + 1))));
			}
			stepChanges(changes, label, was, step);
		}
		for (int i = 0; i < before.steps().size(); i++) {
			StepDefinition step = before.steps().get(i);
			if (!now.containsKey(step.key())) {
				changes.add(new Change(step.key(), "flowdesign.diff.stepRemoved", List.of(label(i, step))));
			}
		}
		return changes;
	}

	private static void stepChanges(List<Change> changes, AuditDetail.Words label, StepDefinition was,
			StepDefinition is) {
		String key = is.key();
		text(changes, key, "flowdesign.diff.titleChanged", List.of(label), was.title(), is.title());
		if (!Objects.equals(was.script(), is.script()) || !Objects.equals(was.scriptRef(), is.scriptRef())) {
			changes.add(new Change(key, "flowdesign.diff.scriptChanged",
					List.of(label, quote(scriptText(was)), quote(scriptText(is))),
					new Texts(scriptText(was), scriptText(is))));
		}
		// an item's lock is told apart from its being mandatory
		listChanges(changes, key, label, unlocked(was.checklist()), unlocked(is.checklist()), ChecklistItem::text,
				ChecklistItem::text, CHECKLIST);
		Map<String, ChecklistItem> oldItems = new LinkedHashMap<>();
		was.checklist().forEach(item -> oldItems.putIfAbsent(item.text(), item));
		is.checklist()
			.stream()
			.filter(item -> oldItems.containsKey(item.text()) && oldItems.get(item.text()).locked() != item.locked())
			.forEach(item -> changes.add(new Change(key,
					item.locked() ? "flowdesign.diff.checklistLocked" : "flowdesign.diff.checklistUnlocked",
					List.of(label, quote(item.text())))));
		// inputs are matched by key but named by their question, as people know them
		listChanges(changes, key, label, was.inputs(), is.inputs(), InputDefinition::key,
				i -> i.label() == null || i.label().isBlank() ? i.key() : i.label(), INPUT);
		if (!Objects.equals(was.decision(), is.decision())) {
			changes.add(new Change(key, "flowdesign.diff.decisionChanged", List.of(label)));
		}
		flag(changes, key, label, was.mandatory(), is.mandatory(), "flowdesign.diff.mandatoryOn",
				"flowdesign.diff.mandatoryOff");
		flag(changes, key, label, was.noBack(), is.noBack(), "flowdesign.diff.noBackOn", "flowdesign.diff.noBackOff");
		flag(changes, key, label, was.promotionSlot(), is.promotionSlot(), "flowdesign.diff.promotionSlotOn",
				"flowdesign.diff.promotionSlotOff");
		flag(changes, key, label, was.standaloneOnly(), is.standaloneOnly(), "flowdesign.diff.standaloneOnlyOn",
				"flowdesign.diff.standaloneOnlyOff");
		flag(changes, key, label, was.locked(), is.locked(), "flowdesign.diff.lockedOn", "flowdesign.diff.lockedOff");
		flag(changes, key, label, was.optional(), is.optional(), "flowdesign.diff.optionalOn",
				"flowdesign.diff.optionalOff");
		flag(changes, key, label, was.openBefore(), is.openBefore(), "flowdesign.diff.openBeforeOn",
				"flowdesign.diff.openBeforeOff");
		if (was.promotionSlot() && is.promotionSlot() && was.offerLimit() != is.offerLimit()) {
			changes.add(new Change(key, "flowdesign.diff.maxOffersChanged",
					List.of(label, Integer.toString(was.offerLimit()), Integer.toString(is.offerLimit()))));
		}
	}

	private static <T> void listChanges(List<Change> changes, String key, AuditDetail.Words label, List<T> was,
			List<T> is, Function<T, String> id, Function<T, String> shown, EntryKeys keys) {
		Map<String, T> old = new LinkedHashMap<>();
		was.forEach(t -> old.putIfAbsent(String.valueOf(id.apply(t)), t));
		Map<String, T> now = new LinkedHashMap<>();
		is.forEach(t -> now.putIfAbsent(String.valueOf(id.apply(t)), t));
		now.forEach((k, t) -> {
			if (!old.containsKey(k)) {
				changes.add(new Change(key, keys.added(), List.of(label, quote(shown.apply(t)))));
			}
			else if (!old.get(k).equals(t)) {
				changes.add(new Change(key, keys.changed(), List.of(label, quote(shown.apply(t)))));
			}
		});
		old.keySet()
			.stream()
			.filter(k -> !now.containsKey(k))
			.forEach(k -> changes.add(new Change(key, keys.removed(), List.of(label, quote(shown.apply(old.get(k)))))));
	}

	private static List<ChecklistItem> unlocked(List<ChecklistItem> items) {
		return items.stream().map(item -> new ChecklistItem(item.text(), item.mandatory())).toList();
	}

	private static void flag(List<Change> changes, String key, AuditDetail.Words label, boolean was, boolean is,
			String onKey, String offKey) {
		if (was != is) {
			changes.add(new Change(key, is ? onKey : offKey, List.of(label)));
		}
	}

	private static void property(List<Change> changes, String messageKey, String was, String is) {
		if (!Objects.equals(was, is)) {
			changes.add(new Change(null, messageKey, List.of(quote(was), quote(is))));
		}
	}

	/** A changed text: its arguments after {@code args} are the two texts. */
	private static void text(List<Change> changes, String stepKey, String messageKey, List<Object> args, String was,
			String is) {
		if (!Objects.equals(was, is)) {
			List<Object> all = new ArrayList<>(args);
			all.add(quote(was));
			all.add(quote(is));
			changes.add(new Change(stepKey, messageKey, all, new Texts(was, is)));
		}
	}

	private static String scriptText(StepDefinition step) {
		return step.script() != null ? step.script() : step.scriptRef() == null ? "" : "@" + step.scriptRef();
	}

	/** A step by its number and title, bracketed as the reader's language brackets. */
	private static AuditDetail.Words label(int index, StepDefinition step) {
		return AuditDetail.words("flowdesign.diff.step", Integer.toString(index + 1), step.title());
	}

	/** A text whole, on one line. */
	private static String quote(String text) {
		return text == null ? "—" : text.replaceAll("\\s+", " ").trim();
	}

	private static String string(Integer value) {
		return value == null ? null : value.toString();
	}

	private static Map<String, StepDefinition> byKey(List<StepDefinition> steps) {
		Map<String, StepDefinition> map = new LinkedHashMap<>();
		steps.forEach(s -> map.putIfAbsent(s.key(), s));
		return map;
	}

}
