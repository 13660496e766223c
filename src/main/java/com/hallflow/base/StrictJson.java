package com.hallflow.base;

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
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The strict reading and canonical writing the imported documents share (the flow's, a
 * region's overlay): UTF-8 only, a size limit, JSON syntax with line and column, no
 * content after the document, no unknown or duplicate fields, exact decimals, and a JSON
 * Schema with the JSON path. Each refusal is a problem (a path and a message) of the
 * document's own kind, thrown whole as that document's exception.
 *
 * @param <P> the document's problem type
 */
public final class StrictJson<P> {

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

	private final int maxBytes;

	private final JsonSchema schema;

	private final BiFunction<String, String, P> problem;

	private final Function<List<P>, ? extends RuntimeException> refusal;

	/**
	 * @param maxBytes the largest document accepted, in bytes of UTF-8
	 * @param schemaResource the class-path resource of the document's JSON Schema
	 * @param problem makes a problem of a path and a message
	 * @param refusal the exception that refuses a document for these problems
	 */
	public StrictJson(int maxBytes, String schemaResource, BiFunction<String, String, P> problem,
			Function<List<P>, ? extends RuntimeException> refusal) {
		this.maxBytes = maxBytes;
		this.schema = loadSchema(schemaResource);
		this.problem = problem;
		this.refusal = refusal;
	}

	/** The strict mapper, for documents this application stored itself. */
	public static ObjectMapper mapper() {
		return MAPPER;
	}

	/**
	 * The canonical text of a value: two-space indentation, fixed property order, a final
	 * newline.
	 */
	public static String canonical(Object value) throws JsonProcessingException {
		return WRITER.writeValueAsString(value) + "\n";
	}

	/**
	 * The text of a document received as bytes: UTF-8 only. A malformed byte refuses the
	 * document whole rather than turning into U+FFFD and being stored.
	 */
	public String text(byte[] utf8) {
		if (utf8 == null) {
			return null;
		}
		if (utf8.length > maxBytes) {
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
	 * The tree of a document, refused when it is empty, too large, not well-formed or
	 * followed by more content.
	 */
	public JsonNode tree(String json) {
		if (json == null || json.isBlank()) {
			throw refused("$", "the document is empty");
		}
		int bytes = json.getBytes(StandardCharsets.UTF_8).length;
		if (bytes > maxBytes) {
			throw tooLarge(bytes);
		}
		try (JsonParser parser = MAPPER.createParser(json)) {
			JsonNode tree = MAPPER.readTree(parser);
			if (parser.nextToken() != null) {
				throw refused(where(parser.currentTokenLocation()), "there is more content after the document");
			}
			return tree;
		}
		catch (JsonProcessingException e) {
			throw refused(where(e.getLocation()), "malformed JSON: " + JsonErrors.describe(e));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Refuses a tree that breaks the schema, with every violation by path, then message.
	 */
	public void conform(JsonNode tree) {
		List<P> violations = schema.validate(tree)
			.stream()
			.map(v -> new Violation(v.getInstanceLocation().toString(), v.getMessage()))
			.sorted(Comparator.comparing(Violation::path).thenComparing(Violation::message))
			.map(v -> problem.apply(v.path(), v.message()))
			.toList();
		if (!violations.isEmpty()) {
			throw refusal.apply(violations);
		}
	}

	/** The value of a checked tree; refused when it does not have the type's form. */
	public <T> T value(JsonNode tree, Class<T> type) {
		try {
			return MAPPER.treeToValue(tree, type);
		}
		catch (JsonProcessingException e) {
			throw refused("$", JsonErrors.describe(e));
		}
	}

	/** The document's exception for one problem. */
	public RuntimeException refused(String path, String message) {
		return refusal.apply(List.of(problem.apply(path, message)));
	}

	private RuntimeException tooLarge(int bytes) {
		return refused("$", "the document has " + bytes + " bytes; at most " + maxBytes + " are accepted");
	}

	private static String where(JsonLocation at) {
		return at == null ? "$" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
	}

	private record Violation(String path, String message) {
	}

	private static JsonSchema loadSchema(String resource) {
		try (InputStream in = StrictJson.class.getResourceAsStream(resource)) {
			return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
