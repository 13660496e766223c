package com.hallflow.flowdesign;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code {name}} placeholders of a script, and which names the counter can fill. */
public final class Placeholders {

    /** Names filled from the session: the customer, the branch, the clerk and the day. */
    public static final Set<String> KNOWN = Set.of("customer.name", "customer.mobile", "customer.grade",
            "branch.name", "branch.address", "staff.name", "today");
    public static final String INPUT_PREFIX = "input.";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9_.]*)}");

    private Placeholders() {
    }

    public static List<String> in(String script) {
        List<String> names = new ArrayList<>();
        if (script != null) {
            Matcher m = PLACEHOLDER.matcher(script);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    public static boolean isKnown(String name, Set<String> inputKeys) {
        return KNOWN.contains(name)
                || name.startsWith(INPUT_PREFIX) && inputKeys.contains(name.substring(INPUT_PREFIX.length()));
    }
}
