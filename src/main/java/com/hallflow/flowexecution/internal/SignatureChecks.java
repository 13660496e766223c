package com.hallflow.flowexecution.internal;

import com.hallflow.flowdesign.InputDefinition;
import com.hallflow.flowdesign.InputType;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowexecution.FieldError;
import com.hallflow.flowexecution.SignatureCapture;
import com.hallflow.flowexecution.StepSubmission;
import com.hallflow.flowexecution.engine.InputRules;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The signatures captured on a step, checked and turned into the values the engine reads.
 */
public final class SignatureChecks {

	private static final int MAX_SIGNATURE_BYTES = 300_000;

	private static final String PNG_MAGIC = "iVBORw0KGgo";

	private SignatureChecks() {
	}

	/**
	 * The submission's values with each signature input's value for the engine
	 * ({@code PAD} or {@code PAPER}) from the captures, after checking every party of a
	 * required signature signed and each drawing is a PNG; what is wrong is added to
	 * {@code errors}.
	 */
	public static Map<String, String> withSignatures(StepDefinition step, StepSubmission submission,
			List<FieldError> errors) {
		Map<String, String> values = new HashMap<>(submission.values());
		for (SignatureCapture capture : submission.signatures()) {
			// a signature is kept only for a party of a signature input of this step
			if (step.inputs()
				.stream()
				.noneMatch(i -> i.type() == InputType.SIGNATURE && i.key().equals(capture.inputKey())
						&& i.parties().contains(capture.party()))) {
				errors.add(new FieldError("step", "flowexecution.signature.invalid"));
				return values;
			}
		}
		for (InputDefinition input : step.inputs()) {
			if (input.type() != InputType.SIGNATURE) {
				continue;
			}
			values.remove(input.key());
			List<SignatureCapture> captures = submission.signatures()
				.stream()
				.filter(s -> s.inputKey().equals(input.key()))
				.toList();
			if (captures.stream().anyMatch(c -> !c.onPaper() && !isPng(c.pngBase64()))) {
				errors.add(new FieldError(input.key(), "flowexecution.signature.invalid"));
				continue;
			}
			Set<String> signed = captures.stream().map(SignatureCapture::party).collect(Collectors.toSet());
			boolean complete = !captures.isEmpty() && signed.containsAll(input.parties());
			if (!complete && (input.required() || !captures.isEmpty())) {
				errors.add(new FieldError(input.key(), "flowexecution.signature.missing"));
				continue;
			}
			if (complete) {
				values.put(input.key(), captures.stream().allMatch(SignatureCapture::onPaper)
						? InputRules.SIGNED_ON_PAPER : InputRules.SIGNED_ON_PAD);
			}
		}
		return values;
	}

	private static boolean isPng(String base64) {
		if (base64 == null || !base64.startsWith(PNG_MAGIC) || base64.length() > MAX_SIGNATURE_BYTES * 4 / 3) {
			return false;
		}
		try {
			Base64.getDecoder().decode(base64);
			return true;
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

}
