package com.hallflow.variant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The overlay document as stored (docs/overlay-format.md). */
public final class OverlayJson {

	private static final ObjectMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private OverlayJson() {
	}

	/** A stored overlay, which was valid when stored. */
	public static FlowOverlay readStored(String json) {
		try {
			return MAPPER.readValue(json, FlowOverlay.class);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("a stored overlay cannot be read", e);
		}
	}

}
