package com.hallflow.variant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.hallflow.base.StrictJson;
import com.hallflow.flowdesign.FlowJson;
import com.hallflow.flowdesign.FormatProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * The overlay document format (docs/overlay-format.md), as {@link FlowJson} is the
 * flow's, with the same strict reading ({@link StrictJson}): reading checks size, UTF-8,
 * JSON syntax (with line and column), trailing content, the JSON Schema (with the JSON
 * path) and the texts' limits ({@link OverlayTexts}) before anything is built; writing is
 * canonical, so the same overlay always gives the same bytes.
 */
public final class OverlayJson {

	/** Largest document accepted, in bytes of UTF-8: as large as a flow. */
	public static final int MAX_BYTES = FlowJson.MAX_BYTES;

	private static final StrictJson<FormatProblem> JSON = new StrictJson<>(MAX_BYTES,
			"/variant/overlay-format.schema.json", FormatProblem::new, OverlayFormatException::new);

	private OverlayJson() {
	}

	/**
	 * The canonical text of an overlay: two-space indentation, fixed property order, a
	 * final newline.
	 */
	public static String write(FlowOverlay overlay) {
		try {
			return StrictJson.canonical(overlay);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("an overlay could not be written", e);
		}
	}

	/**
	 * The text of an overlay received as bytes: UTF-8 only; a malformed byte refuses the
	 * document whole.
	 */
	public static String text(byte[] utf8) {
		return JSON.text(utf8);
	}

	/** Reads and checks an overlay; refuses it whole, with every problem found. */
	public static FlowOverlay read(String json) {
		JsonNode tree = JSON.tree(json);
		JsonNode changes = tree.path("changes");
		if (changes.isArray() && changes.size() > FlowOverlay.MAX_CHANGES) {
			throw JSON.refused("$.changes", "the overlay has " + changes.size() + " changes; at most "
					+ FlowOverlay.MAX_CHANGES + " are accepted");
		}
		JSON.conform(tree);
		FlowOverlay overlay = JSON.value(tree, FlowOverlay.class);
		List<FormatProblem> texts = new ArrayList<>();
		OverlayTexts.problems(overlay).forEach(f -> texts.add(new FormatProblem(f.path(), OverlayTexts.english(f))));
		if (!texts.isEmpty()) {
			throw new OverlayFormatException(texts);
		}
		return overlay;
	}

	/** Reads an overlay this application stored itself: only the shape is checked. */
	public static FlowOverlay readStored(String json) {
		try {
			return StrictJson.mapper().readValue(json, FlowOverlay.class);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("a stored overlay cannot be read", e);
		}
	}

}
