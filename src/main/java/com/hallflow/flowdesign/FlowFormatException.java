package com.hallflow.flowdesign;

import com.hallflow.base.BusinessException;
import java.util.List;

/** A flow document that cannot be read; nothing was stored. */
public class FlowFormatException extends BusinessException {

	private final transient List<FormatProblem> problems;

	public FlowFormatException(List<FormatProblem> problems) {
		super("flowdesign.format.invalid", problems.size());
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
