package com.hallflow.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Creates a province (no parent) or a city under a province. Messages are translation
 * keys.
 */
public record RegionCommand(@NotBlank(message = "organization.region.code.required")
// blank is left to @NotBlank, so an empty field shows exactly one message
@Pattern(regexp = "\\s*([A-Za-z0-9_-]{2,32})?\\s*", message = "organization.region.code.format") String code,
		@NotBlank(message = "organization.region.name.required") @Size(max = 100,
				message = "organization.region.name.length") String name,
		Long parentId) {
}
