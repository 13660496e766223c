package com.hallflow.flowdesign;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new template with an empty draft. Messages are translation keys. */
public record NewFlowCommand(@NotBlank(message = "flowdesign.flow.key.required")
// blank is left to @NotBlank, so an empty field shows exactly one message
@Pattern(regexp = "\\s*([A-Z][A-Z0-9_]{1,63})?\\s*", message = "flowdesign.flow.key.format") String key,
		@NotBlank(message = "flowdesign.flow.name.required") @Size(max = 100,
				message = "flowdesign.flow.name.length") String name,
		@Size(max = 50, message = "flowdesign.flow.category.length") String category) {
}
