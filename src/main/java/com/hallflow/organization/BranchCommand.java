package com.hallflow.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Creates a branch ({@code id} null) or updates one; an update carries the lock version
 * the editor loaded so a concurrent change is refused instead of overwritten.
 */
public record BranchCommand(Long id, long lockVersion, @NotBlank(message = "organization.branch.code.required")
// blank is left to @NotBlank, so an empty field shows exactly one message
@Pattern(regexp = "\\s*([A-Za-z0-9_-]{2,32})?\\s*", message = "organization.branch.code.format") String code,
		@NotBlank(message = "organization.branch.name.required") @Size(max = 100,
				message = "organization.branch.name.length") String name,
		@NotNull(message = "organization.branch.region.required") Long regionId,
		@Size(max = 255, message = "organization.branch.address.length") String address, boolean open) {
}
