package com.hallflow.flowdesign;

import com.hallflow.base.Translatable;

/** What kind of value an input takes, and so how the counter screen validates it. */
public enum InputType implements Translatable {

	TEXT, NUMBER, MONEY, MOBILE, RESIDENT_ID, CHOICE, YES_NO, DATE, SIGNATURE;

	@Override
	public String messageKey() {
		return "flowdesign.inputType." + name();
	}

}
