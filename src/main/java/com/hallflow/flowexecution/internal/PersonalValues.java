package com.hallflow.flowexecution.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hallflow.base.MobileNumber;
import com.hallflow.base.PersonalDataCipher;
import com.hallflow.base.ResidentId;
import com.hallflow.flowdesign.InputDefinition;
import com.hallflow.flowdesign.InputType;
import com.hallflow.flowdesign.StepDefinition;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Splits a step's entered values into what may be shown (personal numbers masked) and
 * what is sealed (personal numbers encrypted), and joins them back for a replay.
 */
@Component
public class PersonalValues {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {
	};

	private final PersonalDataCipher cipher;

	PersonalValues(PersonalDataCipher cipher) {
		this.cipher = cipher;
	}

	public static boolean personal(InputType type) {
		return type == InputType.RESIDENT_ID || type == InputType.MOBILE;
	}

	public static String mask(InputType type, String value) {
		if (value == null || value.isBlank()) {
			return value;
		}
		return switch (type) {
			case RESIDENT_ID -> ResidentId.mask(value);
			case MOBILE -> MobileNumber.mask(value);
			default -> value;
		};
	}

	/** The values as shown in records: personal numbers masked, blanks left out. */
	public String shown(StepDefinition step, Map<String, String> values) {
		return shown(step, values, Map.of());
	}

	/**
	 * The values as shown in records, and {@code notes} beside them (keys that are no
	 * input key, e.g. {@link #CORRECTED} marks).
	 */
	public String shown(StepDefinition step, Map<String, String> values, Map<String, String> notes) {
		Map<String, String> shown = new LinkedHashMap<>();
		for (InputDefinition input : step.inputs()) {
			String value = values.get(input.key());
			if (value != null && !value.isBlank()) {
				shown.put(input.key(), mask(input.type(), value.trim()));
			}
		}
		shown.putAll(notes);
		return write(shown);
	}

	/**
	 * The prefix of a note on a step record that says the step corrected a customer
	 * detail: {@code ~corrected.MOBILE} → the value before, as shown (masked). No input
	 * key starts with it.
	 */
	public static final String CORRECTED = "~corrected.";

	/** The most a step's shown values, and its sealed ones, hold: their columns. */
	public static final int STORED_MOST = 4000;

	/** Why a step is refused when its values together do not fit their columns. */
	public static final String TOO_MUCH = "flowexecution.input.stepTooLong";

	/**
	 * The input to shorten when the step's values, as they are stored, do not fit their
	 * columns: the one with the longest value, the first of several ({@code step} when
	 * none has one); empty when they fit.
	 */
	public static Optional<String> overflowing(StepDefinition step, Map<String, String> values, String shown,
			String sealed) {
		if (shown.length() <= STORED_MOST && (sealed == null || sealed.length() <= STORED_MOST)) {
			return Optional.empty();
		}
		return Optional.of(step.inputs()
			.stream()
			.map(InputDefinition::key)
			.filter(key -> values.get(key) != null)
			.reduce((a, b) -> values.get(b).length() > values.get(a).length() ? b : a)
			.orElse("step"));
	}

	/** The personal numbers, each encrypted; null when the step has none. */
	public String sealed(StepDefinition step, Map<String, String> values) {
		Map<String, String> sealed = new LinkedHashMap<>();
		for (InputDefinition input : step.inputs()) {
			String value = values.get(input.key());
			if (personal(input.type()) && value != null && !value.isBlank()) {
				sealed.put(input.key(), cipher.encrypt(value.trim()));
			}
		}
		return sealed.isEmpty() ? null : write(sealed);
	}

	/** The values as entered: the shown ones with the sealed ones decrypted over them. */
	public Map<String, String> opened(String shownJson, String sealedJson) {
		Map<String, String> values = read(shownJson);
		read(sealedJson).forEach((key, sealed) -> values.put(key, cipher.decrypt(sealed)));
		return values;
	}

	public Map<String, String> shownOf(String shownJson) {
		return read(shownJson);
	}

	public Map<String, String> sealedOf(String sealedJson) {
		return read(sealedJson);
	}

	/** What the clerk entered on a step and has not submitted, as one encrypted text. */
	public String sealDraft(Map<String, String> values, Set<Integer> ticked) {
		try {
			return cipher.encrypt(JSON.writeValueAsString(new Draft(values, ticked)));
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The draft sealed by {@link #sealDraft}. */
	public Draft openDraft(String sealed) {
		try {
			return JSON.readValue(cipher.decrypt(sealed), Draft.class);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * What the clerk entered on a step and has not submitted: values by input key, ticked
	 * items.
	 */
	public record Draft(Map<String, String> values, Set<Integer> ticked) {

		public Draft {
			values = values == null ? Map.of() : Map.copyOf(values);
			ticked = ticked == null ? Set.of() : new TreeSet<>(ticked);
		}
	}

	public String open(String sealed) {
		return cipher.decrypt(sealed);
	}

	public String encrypt(String plain) {
		return cipher.encrypt(plain);
	}

	public String hash(String plain) {
		return cipher.hash(plain);
	}

	private static String write(Map<String, String> values) {
		try {
			return JSON.writeValueAsString(values);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Map<String, String> read(String json) {
		if (json == null || json.isBlank()) {
			return new LinkedHashMap<>();
		}
		try {
			return JSON.readValue(json, MAP);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("stored step values are not JSON", e);
		}
	}

}
