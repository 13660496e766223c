package com.hallflow.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Creates a branch ({@code id} null) or updates one; an update carries the lock version
 * the editor loaded so a concurrent change is refused instead of overwritten. The name
 * and the address are checked by the service (at most {@link #NAME_MOST} and
 * {@link #ADDRESS_MOST} characters, one clean line).
 */
public record BranchCommand(Long id, long lockVersion, @NotBlank(message = "organization.branch.code.required")
// blank is left to @NotBlank, so an empty field shows exactly one message
@Pattern(regexp = "\\s*([A-Za-z0-9_-]{2,32})?\\s*", message = "organization.branch.code.format") String code,
		@NotBlank(message = "organization.branch.name.required") String name,
		@NotNull(message = "organization.branch.region.required") Long regionId, String address, boolean open) {

	public static final int CODE_MOST = 32;

	public static final int NAME_MOST = 100;

	public static final int ADDRESS_MOST = 255;

}
