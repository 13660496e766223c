package com.hallflow.promotion;

import com.hallflow.base.CustomerGrade;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Creates a package ({@code id} null) or updates one at the lock version the editor read.
 * The service checks the texts against the limits below (docs/security.md).
 */
public record PackageCommand(Long id, Long lockVersion, String code, String name, PackageCategory category,
		BigDecimal monthlyPrice, String description, String pitchScript, Set<CustomerGrade> grades,
		List<Placement> placements, LocalDate validFrom, LocalDate validUntil, PackageStatus status) {

	public static final int CODE_MOST = 32;

	public static final int NAME_MOST = 100;

	public static final int DESCRIPTION_MOST = 1000;

	public static final int PITCH_MOST = 2000;

	public PackageCommand {
		grades = grades == null ? Set.of() : Set.copyOf(grades);
		placements = placements == null ? List.of() : List.copyOf(placements);
	}
}
