package com.hallflow.flowdesign;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * A new template with an empty draft. Messages are translation keys. The name and the
 * category are checked by the service as the document's ({@link FlowTexts}).
 */
public record NewFlowCommand(@NotBlank(message = "flowdesign.flow.key.required")
// blank is left to @NotBlank, so an empty field shows exactly one message
@Pattern(regexp = "\\s*([A-Z][A-Z0-9_]{1,63})?\\s*", message = "flowdesign.flow.key.format") String key,
		@NotBlank(message = "flowdesign.flow.name.required") String name, String category) {

	public static final int KEY_MOST = 64;

}
