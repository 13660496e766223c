package com.hallflow.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * Creates a province (no parent) or a city under a province. Messages are translation
 * keys.
 */
public record RegionCommand(@NotBlank(message = "organization.region.code.required")
// blank is left to @NotBlank, so an empty field shows exactly one message
@Pattern(regexp = "\\s*([A-Za-z0-9_-]{2,32})?\\s*", message = "organization.region.code.format") String code,
		@NotBlank(message = "organization.region.name.required") String name, Long parentId) {

	public static final int CODE_MOST = 32;

	/** Checked by the service: one clean line. */
	public static final int NAME_MOST = 100;

}
