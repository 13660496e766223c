package com.hallflow.flowdesign;

import com.hallflow.base.BusinessException;
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
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The flow document format (docs/flow-format.md): reading checks everything before
 * anything is built — size, JSON syntax (with line and column), the JSON Schema (with the
 * JSON path) — and writing is canonical, so the same document always gives the same
 * bytes.
 */
public final class FlowJson {

	/** Largest document accepted, in bytes of UTF-8. */
	public static final int MAX_BYTES = 1024 * 1024;

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

	private FlowJson() {
	}

	/**
	 * The canonical text of a document: two-space indentation, fixed property order, a
	 * final newline.
	 */
	public static String write(FlowDocument document) {
		try {
			return WRITER.writeValueAsString(document) + "\n";
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
		tree = FormatUpgrade.toCurrent(tree);
		JsonNode steps = tree.path("steps");
		if (steps.isArray() && steps.size() > FlowDocument.MAX_STEPS) {
			throw refused("$.steps",
					"the flow has " + steps.size() + " steps; at most " + FlowDocument.MAX_STEPS + " are accepted");
		}
		Set<ValidationMessage> violations = SCHEMA.validate(tree);
		if (!violations.isEmpty()) {
			throw new FlowFormatException(violations.stream()
				.map(v -> new FormatProblem(v.getInstanceLocation().toString(), v.getMessage()))
				.sorted(Comparator.comparing(FormatProblem::path).thenComparing(FormatProblem::message))
				.toList());
		}
		try {
			return MAPPER.treeToValue(tree, FlowDocument.class);
		}
		catch (JsonProcessingException e) {
			throw refused("$", JsonErrors.describe(e));
		}
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

	private static String where(JsonLocation at) {
		return at == null ? "$" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
	}

	private static FlowFormatException tooLarge(int bytes) {
		return refused("$", "the document has " + bytes + " bytes; at most " + MAX_BYTES + " are accepted");
	}

	private static FlowFormatException refused(String path, String message) {
		return new FlowFormatException(List.of(new FormatProblem(path, message)));
	}

	private static JsonSchema loadSchema() {
		try (InputStream in = FlowJson.class.getResourceAsStream("/flowdesign/flow-format.schema.json")) {
			return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
