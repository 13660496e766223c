package com.hallflow.flowdesign;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The differences between two versions of a flow in words an administrator reads: each change
 * is a translation key with arguments, e.g. "step 3 (核验身份): checklist item '复印身份证' added".
 * Pure; steps are matched by key.
 */
public final class FlowDiff {

    /** One change; {@code stepKey} is null for the flow's own properties. */
    public record Change(String stepKey, String messageKey, List<String> args) {
        public Change {
            args = List.copyOf(args);
        }
    }

    private static final int QUOTE = 60;

    private FlowDiff() {
    }

    public static List<Change> between(FlowDocument before, FlowDocument after) {
        List<Change> changes = new ArrayList<>();
        property(changes, null, "name", before.name(), after.name());
        property(changes, null, "category", before.category(), after.category());
        property(changes, null, "description", before.description(), after.description());
        property(changes, null, "targetMinutes", string(before.targetMinutes()), string(after.targetMinutes()));

        Map<String, StepDefinition> old = byKey(before.steps());
        Map<String, StepDefinition> now = byKey(after.steps());
        List<String> oldOrder = new ArrayList<>(old.keySet());
        List<String> newOrder = new ArrayList<>(now.keySet());
        for (int i = 0; i < after.steps().size(); i++) {
            StepDefinition step = after.steps().get(i);
            String label = label(i, step);
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

    private static void stepChanges(List<Change> changes, String label, StepDefinition was, StepDefinition is) {
        String key = is.key();
        if (!Objects.equals(was.title(), is.title())) {
            changes.add(new Change(key, "flowdesign.diff.titleChanged", List.of(label, quote(was.title()),
                    quote(is.title()))));
        }
        if (!Objects.equals(was.script(), is.script()) || !Objects.equals(was.scriptRef(), is.scriptRef())) {
            changes.add(new Change(key, "flowdesign.diff.scriptChanged", List.of(label,
                    quote(scriptText(was)), quote(scriptText(is)))));
        }
        listChanges(changes, key, label, was.checklist(), is.checklist(), ChecklistItem::text, "checklist");
        listChanges(changes, key, label, was.inputs(), is.inputs(), InputDefinition::key, "input");
        if (!Objects.equals(was.decision(), is.decision())) {
            changes.add(new Change(key, "flowdesign.diff.decisionChanged", List.of(label)));
        }
        flag(changes, key, label, "mandatory", was.mandatory(), is.mandatory());
        flag(changes, key, label, "noBack", was.noBack(), is.noBack());
        flag(changes, key, label, "promotionSlot", was.promotionSlot(), is.promotionSlot());
        if (was.promotionSlot() && is.promotionSlot() && was.offerLimit() != is.offerLimit()) {
            changes.add(new Change(key, "flowdesign.diff.maxOffersChanged",
                    List.of(label, Integer.toString(was.offerLimit()), Integer.toString(is.offerLimit()))));
        }
    }

    private static <T> void listChanges(List<Change> changes, String key, String label, List<T> was, List<T> is,
                                        Function<T, String> id, String what) {
        Map<String, T> old = new LinkedHashMap<>();
        was.forEach(t -> old.putIfAbsent(String.valueOf(id.apply(t)), t));
        Map<String, T> now = new LinkedHashMap<>();
        is.forEach(t -> now.putIfAbsent(String.valueOf(id.apply(t)), t));
        now.forEach((k, t) -> {
            if (!old.containsKey(k)) {
                changes.add(new Change(key, "flowdesign.diff." + what + "Added", List.of(label, quote(k))));
            } else if (!old.get(k).equals(t)) {
                changes.add(new Change(key, "flowdesign.diff." + what + "Changed", List.of(label, quote(k))));
            }
        });
        old.keySet().stream().filter(k -> !now.containsKey(k)).forEach(k ->
                changes.add(new Change(key, "flowdesign.diff." + what + "Removed", List.of(label, quote(k)))));
    }

    private static void flag(List<Change> changes, String key, String label, String flag, boolean was, boolean is) {
        if (was != is) {
            changes.add(new Change(key, "flowdesign.diff." + flag + (is ? "On" : "Off"), List.of(label)));
        }
    }

    private static void property(List<Change> changes, String key, String name, String was, String is) {
        if (!Objects.equals(was, is)) {
            changes.add(new Change(key, "flowdesign.diff.flow." + name, List.of(quote(was), quote(is))));
        }
    }

    private static String scriptText(StepDefinition step) {
        return step.script() != null ? step.script() : step.scriptRef() == null ? "" : "@" + step.scriptRef();
    }

    private static String label(int index, StepDefinition step) {
        return (index + 1) + "（" + step.title() + "）";
    }

    private static String quote(String text) {
        if (text == null) {
            return "—";
        }
        String flat = text.replaceAll("\\s+", " ").trim();
        return flat.length() <= QUOTE ? flat : flat.substring(0, QUOTE - 1) + "…";
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
