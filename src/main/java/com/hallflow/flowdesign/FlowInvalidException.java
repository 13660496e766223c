package com.hallflow.flowdesign;

import com.hallflow.base.BusinessException;
import java.util.List;

/** Publishing refused: the draft still has validation errors. Nothing was changed. */
public class FlowInvalidException extends BusinessException {

	private final transient List<ValidationIssue> errors;

	public FlowInvalidException(List<ValidationIssue> errors) {
		super("flowdesign.publish.hasErrors", errors.size());
		this.errors = List.copyOf(errors);
	}

	public List<ValidationIssue> errors() {
		return errors;
	}

}
