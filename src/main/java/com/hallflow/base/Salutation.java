package com.hallflow.base;

import java.util.Arrays;
import java.util.Optional;

/**
 * How the clerk addresses the customer (称呼): 张先生 or 张女士, Mr Smith or Ms Smith. The form
 * follows the name's script, whatever the reader's language. Stored and passed on by
 * {@link #name()}.
 */
public enum Salutation implements Translatable {

	MR("先生", "Mr"), MS("女士", "Ms");

	private final String afterChineseSurname;

	private final String beforeLatinSurname;

	Salutation(String afterChineseSurname, String beforeLatinSurname) {
		this.afterChineseSurname = afterChineseSurname;
		this.beforeLatinSurname = beforeLatinSurname;
	}

	@Override
	public String messageKey() {
		return "flowexecution.salutation." + name();
	}

	/** 先生 or 女士, said after a Chinese surname. */
	public String afterChineseSurname() {
		return afterChineseSurname;
	}

	/** Mr or Ms, said before a surname in Latin letters. */
	public String beforeLatinSurname() {
		return beforeLatinSurname;
	}

	/** The salutation stored under this name; empty for null or a name that is none. */
	public static Optional<Salutation> byName(String name) {
		return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst();
	}

}
