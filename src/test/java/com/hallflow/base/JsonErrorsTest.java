package com.hallflow.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

class JsonErrorsTest {

	private static final ObjectMapper STRICT = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	record Note(String note) {
	}

	@Test
	void each_reason_is_told_in_plain_words_without_the_parsers_names_or_the_text_sent() {
		assertThat(why("[".repeat(5000) + "]".repeat(5000))).isEqualTo("the document is nested too deeply");
		assertThat(why("1".repeat(5000))).isEqualTo("a value in the document is too long");
		assertThat(why("{\"note\":")).isEqualTo("the document ends too early");
		assertThat(why("{\"note\":\"a\"} {\"x\":1}")).isEqualTo("there is more content after the document");
		assertThat(why("{\"note\":\"a\",\"secret\":1}")).isEqualTo("“secret” is not a known field");
		assertThat(why("{\"note\":[\"a\"]}")).isEqualTo("“note” does not have the expected form");
		assertThat(why("[{\"note\":\"a\"}")).isEqualTo("the document ends too early");
		assertThat(why("{\"note\":\"a\"]")).isEqualTo("Unexpected close marker ']': expected '}'");
	}

	private static String why(String json) {
		try {
			Class<?> type = json.startsWith("{") ? Note.class : Object.class;
			STRICT.readValue(json, type);
		}
		catch (JsonProcessingException e) {
			String why = JsonErrors.describe(e);
			assertThat(why).doesNotContain("`", "Source", "Constraints", "jackson", "java.", "secret\":");
			return why;
		}
		throw new AssertionError("read: " + json);
	}

}
