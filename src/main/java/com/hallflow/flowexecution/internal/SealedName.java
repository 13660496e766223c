package com.hallflow.flowexecution.internal;

import com.hallflow.base.PersonName;
import com.hallflow.base.Salutation;
import java.util.function.UnaryOperator;

/**
 * The customer's name as a session row keeps it (docs/architecture.md §9): encrypted,
 * masked for lists, records and receipts, and how the clerk addresses the customer.
 *
 * @param masked e.g. 张**; null when no name was given
 * @param sealed the name encrypted; null when no name was given
 * @param salutation chosen at the start or carried by the typed name (李女士); null when not
 * known
 */
public record SealedName(String masked, String sealed, Salutation salutation) {

	public static final SealedName NONE = new SealedName(null, null, null);

	/**
	 * The name as typed (normalised), sealed with {@code encrypt}; the salutation given,
	 * else the one the name carries.
	 */
	public static SealedName of(String name, Salutation salutation, UnaryOperator<String> encrypt) {
		String plain = PersonName.normalise(name);
		Salutation said = salutation != null ? salutation : PersonName.implied(plain).orElse(null);
		return plain == null ? new SealedName(null, null, said)
				: new SealedName(PersonName.mask(plain), encrypt.apply(plain), said);
	}

	/** The name in full, decrypted with {@code open}; null when none was given. */
	public String full(UnaryOperator<String> open) {
		return sealed == null ? null : open.apply(sealed);
	}

	/**
	 * The name as said aloud (张先生), else masked ({@link PersonName#addressed}); null when
	 * none was given.
	 */
	public String addressed(UnaryOperator<String> open) {
		return sealed == null ? null : PersonName.addressed(open.apply(sealed), salutation);
	}

}
