package com.hallflow.variant;

import com.hallflow.base.BusinessException;
import java.util.List;

/**
 * An overlay refused for publishing or import: every problem is listed, in words naming
 * the step's title. Nothing was stored.
 */
public class OverlayInvalidException extends BusinessException {

	private final transient List<OverlayIssue> issues;

	public OverlayInvalidException(List<OverlayIssue> issues) {
		super("variant.publish.hasProblems", issues.size());
		this.issues = List.copyOf(issues);
	}

	public List<OverlayIssue> issues() {
		return issues;
	}

}
