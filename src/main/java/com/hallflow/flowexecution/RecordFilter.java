package com.hallflow.flowexecution;

import java.time.LocalDate;

/**
 * Which records to list; every part is optional. Dates are business days in
 * Asia/Shanghai, both ends included.
 *
 * @param branchId only honoured for head office; branch managers always see their own
 * branch
 * @param outcome an outcome name, or {@code ABANDONED} / {@code IN_PROGRESS}
 */
public record RecordFilter(LocalDate from, LocalDate to, Long branchId, String clerk, String flowKey, String outcome,
		boolean includePractice) {

	public static RecordFilter any() {
		return new RecordFilter(null, null, null, null, null, null, true);
	}
}
