package com.hallflow.flowdesign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hallflow.base.BusinessException;
import com.hallflow.base.StrictJson;
import java.nio.charset.StandardCharsets;

/**
 * The flow document format (docs/flow-format.md): reading checks everything before
 * anything is built — size, JSON syntax (with line and column), the JSON Schema (with the
 * JSON path) — and writing is canonical, so the same document always gives the same
 * bytes. The strict reading itself is {@link StrictJson}'s, shared with the overlays.
 */
public final class FlowJson {

	/** Largest document accepted, in bytes of UTF-8. */
	public static final int MAX_BYTES = 1024 * 1024;

	private static final ObjectMapper MAPPER = StrictJson.mapper();

	private static final StrictJson<FormatProblem> JSON = new StrictJson<>(MAX_BYTES,
			"/flowdesign/flow-format.schema.json", FormatProblem::new, FlowFormatException::new);

	private FlowJson() {
	}

	/**
	 * The canonical text of a document: two-space indentation, fixed property order, a
	 * final newline.
	 */
	public static String write(FlowDocument document) {
		try {
			return StrictJson.canonical(document);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("a flow document could not be written", e);
		}
	}

	/**
	 * The text of a document received as bytes: UTF-8 only. A malformed byte refuses the
	 * document whole rather than turning into U+FFFD and being stored.
	 */
	public static String text(byte[] utf8) {
		return JSON.text(utf8);
	}

	/**
	 * The canonical text of a document to be stored: refused when it is larger than an
	 * import may be.
	 */
	static String writeWithin(FlowDocument document) {
		String json = write(document);
		int bytes = json.getBytes(StandardCharsets.UTF_8).length;
		if (bytes > MAX_BYTES) {
			throw new BusinessException("flowdesign.draft.tooLarge", Integer.toString(MAX_BYTES / 1024),
					Integer.toString((bytes + 1023) / 1024));
		}
		return json;
	}

	/**
	 * Reads and checks a document; refuses it whole, with every problem found, or returns
	 * it.
	 */
	public static FlowDocument read(String json) {
		JsonNode tree = FormatUpgrade.toCurrent(JSON.tree(json));
		JsonNode steps = tree.path("steps");
		if (steps.isArray() && steps.size() > FlowDocument.MAX_STEPS) {
			throw JSON.refused("$.steps",
					"the flow has " + steps.size() + " steps; at most " + FlowDocument.MAX_STEPS + " are accepted");
		}
		JSON.conform(tree);
		return JSON.value(tree, FlowDocument.class);
	}

	/**
	 * Reads a document this application stored itself. Drafts may be incomplete, so only
	 * the shape is checked, not the schema.
	 */
	public static FlowDocument readStored(String json) {
		try {
			return MAPPER.treeToValue(FormatUpgrade.toCurrent(MAPPER.readTree(json)), FlowDocument.class);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("a stored flow document cannot be read", e);
		}
	}

}
