package com.hallflow.variant;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.hallflow.base.JsonErrors;
import com.hallflow.flowdesign.FlowJson;
import com.hallflow.flowdesign.FormatProblem;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The overlay document format (docs/overlay-format.md), as {@link FlowJson} is the
 * flow's: reading checks size, UTF-8, JSON syntax (with line and column), trailing
 * content, the JSON Schema (with the JSON path) and the texts' limits
 * ({@link OverlayTexts}) before anything is built; writing is canonical, so the same
 * overlay always gives the same bytes.
 */
public final class OverlayJson {

	/** Largest document accepted, in bytes of UTF-8: as large as a flow. */
	public static final int MAX_BYTES = FlowJson.MAX_BYTES;

	private static final ObjectMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
		.nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
		.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
		.build();

	private static final ObjectWriter WRITER = MAPPER
		.writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
			.withArrayIndenter(new DefaultIndenter("  ", "\n")));

	private static final JsonSchema SCHEMA = loadSchema();

	private OverlayJson() {
	}

	/**
	 * The canonical text of an overlay: two-space indentation, fixed property order, a
	 * final newline.
	 */
	public static String write(FlowOverlay overlay) {
		try {
			return WRITER.writeValueAsString(overlay) + "\n";
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
		if (utf8 == null) {
			return null;
		}
		if (utf8.length > MAX_BYTES) {
			throw tooLarge(utf8.length);
		}
		ByteBuffer in = ByteBuffer.wrap(utf8);
		CharBuffer out = CharBuffer.allocate(utf8.length);
		if (StandardCharsets.UTF_8.newDecoder().decode(in, out, true).isError()) {
			throw refused("$", "the document is not valid UTF-8 (byte " + (in.position() + 1) + ")");
		}
		return out.flip().toString();
	}

	/** Reads and checks an overlay; refuses it whole, with every problem found. */
	public static FlowOverlay read(String json) {
		if (json == null || json.isBlank()) {
			throw refused("$", "the document is empty");
		}
		int bytes = json.getBytes(StandardCharsets.UTF_8).length;
		if (bytes > MAX_BYTES) {
			throw tooLarge(bytes);
		}
		JsonNode tree;
		try (JsonParser parser = MAPPER.createParser(json)) {
			tree = MAPPER.readTree(parser);
			if (parser.nextToken() != null) {
				throw refused(where(parser.currentTokenLocation()), "there is more content after the document");
			}
		}
		catch (JsonProcessingException e) {
			throw refused(where(e.getLocation()), "malformed JSON: " + JsonErrors.describe(e));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		JsonNode changes = tree.path("changes");
		if (changes.isArray() && changes.size() > FlowOverlay.MAX_CHANGES) {
			throw refused("$.changes", "the overlay has " + changes.size() + " changes; at most "
					+ FlowOverlay.MAX_CHANGES + " are accepted");
		}
		Set<ValidationMessage> violations = SCHEMA.validate(tree);
		if (!violations.isEmpty()) {
			throw new OverlayFormatException(violations.stream()
				.map(v -> new FormatProblem(v.getInstanceLocation().toString(), v.getMessage()))
				.sorted(Comparator.comparing(FormatProblem::path).thenComparing(FormatProblem::message))
				.toList());
		}
		FlowOverlay overlay;
		try {
			overlay = MAPPER.treeToValue(tree, FlowOverlay.class);
		}
		catch (JsonProcessingException e) {
			throw refused("$", JsonErrors.describe(e));
		}
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
			return MAPPER.readValue(json, FlowOverlay.class);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("a stored overlay cannot be read", e);
		}
	}

	private static String where(JsonLocation at) {
		return at == null ? "$" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
	}

	private static OverlayFormatException tooLarge(int bytes) {
		return refused("$", "the document has " + bytes + " bytes; at most " + MAX_BYTES + " are accepted");
	}

	private static OverlayFormatException refused(String path, String message) {
		return new OverlayFormatException(List.of(new FormatProblem(path, message)));
	}

	private static JsonSchema loadSchema() {
		try (InputStream in = OverlayJson.class.getResourceAsStream("/variant/overlay-format.schema.json")) {
			return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
