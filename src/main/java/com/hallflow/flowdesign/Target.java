package com.hallflow.flowdesign;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.hallflow.base.Translatable;

/**
 * Where a decision leads: another step of this flow, a call of another published flow
 * that returns to a named step when it finishes, or the end of the run with an outcome.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "type", "step", "flow", "returnTo", "outcome" })
public record Target(Type type, String step, String flow, String returnTo, Outcome outcome) {

	public enum Type implements Translatable {

		STEP, CALL, END;

		@Override
		public String messageKey() {
			return "flowdesign.editor.target." + name();
		}

	}

	public enum Outcome implements Translatable {

		COMPLETED, REDIRECTED, DECLINED, NOT_ELIGIBLE;

		@Override
		public String messageKey() {
			return "flowdesign.outcome." + name();
		}

	}

	public static Target step(String stepKey) {
		return new Target(Type.STEP, stepKey, null, null, null);
	}

	public static Target call(String flowKey, String returnTo) {
		return new Target(Type.CALL, null, flowKey, returnTo, null);
	}

	public static Target end(Outcome outcome) {
		return new Target(Type.END, null, null, null, outcome);
	}
}
