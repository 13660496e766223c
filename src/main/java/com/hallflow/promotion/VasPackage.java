package com.hallflow.promotion;

import com.hallflow.base.CustomerGrade;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A value-added package of the catalogue. {@code grades} empty means every customer;
 * {@code validUntil} is the last day it may be offered (inclusive), null for open-ended.
 */
public record VasPackage(long id, long lockVersion, String code, String name, PackageCategory category,
		BigDecimal monthlyPrice, String description, String pitchScript, Set<CustomerGrade> grades,
		List<Placement> placements, LocalDate validFrom, LocalDate validUntil, PackageStatus status, String updatedBy,
		Instant updatedAt) {
}
