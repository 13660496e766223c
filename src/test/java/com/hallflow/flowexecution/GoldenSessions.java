package com.hallflow.flowexecution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hallflow.flowdesign.FlowJson;
import com.hallflow.flowdesign.PublishedFlow;
import com.hallflow.flowexecution.engine.FlowLookup;
import com.hallflow.flowexecution.engine.Frame;
import com.hallflow.flowexecution.engine.HistoryEntry;
import com.hallflow.flowexecution.engine.RecordedStep;
import com.hallflow.flowexecution.engine.RunEngine;
import com.hallflow.flowexecution.engine.RunState;
import com.hallflow.flowexecution.internal.StepRecordEntity;
import com.hallflow.flowexecution.internal.StoredSteps;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Recorded sessions kept as test resources: the flow versions they ran, their stored
 * steps as the {@code step_record} rows hold them (personal numbers opened) and the run
 * state the live session had, described field by field. Replaying the steps must give
 * that state forever.
 */
final class GoldenSessions {

	static final Path FOLDER = Path.of("src/test/resources/golden-sessions");

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

	private GoldenSessions() {
	}

	/** One stored step in the columns of {@code step_record}. */
	record Row(int sequence, String kind, String flowKey, String stepKey, Map<String, String> values,
			String checkedItems, String nextTarget, Long calledVersionId) {

		RecordedStep recorded() {
			return StoredSteps.recorded(sequence, StepRecordEntity.Kind.valueOf(kind), flowKey, stepKey, values,
					checkedItems, nextTarget, calledVersionId);
		}
	}

	record Golden(String name, String description, long rootVersionId, List<PublishedFlow> flows, List<Row> steps,
			JsonNode expected) {

		FlowLookup lookup() {
			return FlowLookup.of(flows.toArray(PublishedFlow[]::new));
		}

		/** The state the stored steps replay to with this engine. */
		RunState replay(RunEngine engine) {
			RunState state = RunEngine.start(lookup().version(rootVersionId));
			for (Row row : steps) {
				state = engine.replay(state, row.recorded());
			}
			return state;
		}
	}

	static List<Golden> all() {
		try (Stream<Path> files = Files.list(FOLDER)) {
			return files.filter(f -> f.toString().endsWith(".json")).sorted().map(GoldenSessions::read).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static Golden read(Path file) {
		try {
			JsonNode root = JSON.readTree(file.toFile());
			List<PublishedFlow> flows = new ArrayList<>();
			for (JsonNode flow : root.get("flows")) {
				flows.add(new PublishedFlow(flow.get("versionId").asLong(), flow.get("key").asText(),
						flow.get("number").asInt(), FlowJson.read(JSON.writeValueAsString(flow.get("document")))));
			}
			List<Row> steps = new ArrayList<>();
			for (JsonNode step : root.get("steps")) {
				steps.add(JSON.treeToValue(step, Row.class));
			}
			return new Golden(root.get("name").asText(), root.get("description").asText(),
					root.get("rootVersionId").asLong(), flows, steps, root.get("expected"));
		}
		catch (IOException e) {
			throw new UncheckedIOException(file.toString(), e);
		}
	}

	static void write(String name, String description, long rootVersionId, List<PublishedFlow> flows, List<Row> steps,
			RunState live) throws IOException {
		ObjectNode root = JSON.createObjectNode();
		root.put("name", name);
		root.put("description", description);
		root.put("rootVersionId", rootVersionId);
		ArrayNode versions = root.putArray("flows");
		for (PublishedFlow flow : flows) {
			ObjectNode version = versions.addObject();
			version.put("versionId", flow.versionId());
			version.put("key", flow.key());
			version.put("number", flow.number());
			version.set("document", JSON.readTree(FlowJson.write(flow.document())));
		}
		root.set("steps", JSON.valueToTree(steps));
		root.set("expected", describe(live));
		Files.createDirectories(FOLDER);
		JSON.writeValue(FOLDER.resolve(name + ".json").toFile(), root);
	}

	/**
	 * A run state field by field: where it stands (each frame's flow, version, step,
	 * values and return step), its outcome, its whole history, and the path of earlier
	 * states it can go back along.
	 */
	static JsonNode describe(RunState state) {
		ObjectNode node = JSON.createObjectNode();
		node.put("sequence", state.sequence());
		node.put("outcome", state.outcome() == null ? null : state.outcome().name());
		node.set("stack", frames(state));
		ArrayNode history = node.putArray("history");
		for (HistoryEntry entry : state.history()) {
			ObjectNode h = history.addObject();
			h.put("sequence", entry.sequence());
			h.put("kind", entry.kind().name());
			h.put("flow", entry.flowKey());
			h.put("step", entry.stepKey());
			h.set("values", JSON.valueToTree(new TreeMap<>(entry.values())));
		}
		ArrayNode path = node.putArray("path");
		for (RunState s = state.previous(); s != null; s = s.previous()) {
			ObjectNode p = path.addObject();
			p.put("sequence", s.sequence());
			p.set("stack", frames(s));
		}
		try {
			// as read back from a file, so numbers compare as the same node types
			return JSON.readTree(JSON.writeValueAsString(node));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static ArrayNode frames(RunState state) {
		ArrayNode stack = JSON.createArrayNode();
		for (Frame frame : state.stack()) {
			ObjectNode f = stack.addObject();
			f.put("flow", frame.flow().key());
			f.put("version", frame.versionId());
			f.put("step", frame.step().key());
			f.set("values", JSON.valueToTree(new TreeMap<>(frame.values())));
			f.put("returnTo", frame.returnTo());
		}
		return stack;
	}

}
