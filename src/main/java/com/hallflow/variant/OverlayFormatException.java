package com.hallflow.variant;

import com.hallflow.base.BusinessException;
import com.hallflow.flowdesign.FormatProblem;
import java.util.List;

/** An overlay document that cannot be read or could never work; nothing was stored. */
public class OverlayFormatException extends BusinessException {

	private final transient List<FormatProblem> problems;

	public OverlayFormatException(List<FormatProblem> problems) {
		super("variant.format.invalid", problems.size());
		this.problems = List.copyOf(problems);
	}

	@Override
	public String getMessage() {
		return super.getMessage() + " " + problems;
	}

	public List<FormatProblem> problems() {
		return problems;
	}

}
