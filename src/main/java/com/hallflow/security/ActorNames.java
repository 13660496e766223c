package com.hallflow.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who did something, as people know them: a username recorded on a row (the actor of an
 * audit entry, who last edited or published a flow) becomes the person's display name,
 * and the start-up actor {@link SystemAuthentication#SYSTEM} becomes the translated word
 * for the system. One per view: it asks {@link UserAccountService#displayNames} once for
 * each username it has not seen and keeps the answer for the view's life, so a grid's
 * rows cost one lookup per person, not per row. A username the reader may not see
 * (another branch's account, a sign-in attempt with an unknown name) stays as recorded.
 */
public final class ActorNames {

	private final UserAccountService accounts;

	private final String systemName;

	private final Map<String, String> known = new HashMap<>();

	/**
	 * @param systemName the system actor in the reader's language
	 */
	public ActorNames(UserAccountService accounts, String systemName) {
		this.accounts = accounts;
		this.systemName = systemName;
	}

	/** The name to show for a recorded actor; empty for none. */
	public String name(String actor) {
		if (actor == null) {
			return "";
		}
		if (SystemAuthentication.SYSTEM.equals(actor)) {
			return systemName;
		}
		return known.computeIfAbsent(actor, a -> accounts.displayNames(List.of(a)).getOrDefault(a, a));
	}

	/**
	 * What the tooltip of a shown name says: the username it stands for, or nothing for
	 * the system and for a name shown as recorded.
	 */
	public String username(String actor) {
		return actor == null || actor.equals(name(actor)) || SystemAuthentication.SYSTEM.equals(actor) ? null : actor;
	}

}
