package com.hallflow.flowdesign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hallflow.security.HeadOffice;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seven flows of the reception standard and the script library they use, shipped with
 * the application (src/main/resources/flowdesign/standard). Installing publishes each as
 * version 1 and leaves alone any flow or snippet that already exists, so it can be run
 * again safely.
 */
@Service
@HeadOffice
public class StandardFlows {

	private static final String FOLDER = "/flowdesign/standard/";

	private final FlowDesignService flows;

	private final ScriptLibraryService library;

	StandardFlows(FlowDesignService flows, ScriptLibraryService library) {
		this.flows = flows;
		this.library = library;
	}

	/** The flow keys in install order: every flow after the flows it calls. */
	public static List<String> keys() {
		List<String> keys = new ArrayList<>();
		for (String line : read("index.txt").split("\n")) {
			if (!line.isBlank() && !line.startsWith("#")) {
				keys.add(line.trim());
			}
		}
		return keys;
	}

	public static String document(String key) {
		return read(key + ".json");
	}

	/** Installs what is missing; returns the keys of the flows it published. */
	@Transactional
	public List<String> install() {
		List<String> existingSnippets = library.all().stream().map(ScriptSnippet::key).toList();
		for (JsonNode snippet : snippets()) {
			if (!existingSnippets.contains(snippet.get("key").asText())) {
				library.save(snippet.get("key").asText(), null, snippet.get("title").asText(),
						snippet.get("text").asText(), snippet.path("tags").asText(null));
			}
		}
		List<String> existingFlows = flows.flows().stream().map(FlowSummary::key).toList();
		List<String> published = new ArrayList<>();
		for (String key : keys()) {
			if (!existingFlows.contains(key)) {
				Draft draft = flows.importDraft(document(key));
				flows.publish(key, draft.lockVersion(), "总部标准流程（依据营业厅接待规范）", null);
				published.add(key);
			}
		}
		return published;
	}

	private static List<JsonNode> snippets() {
		try {
			List<JsonNode> list = new ArrayList<>();
			new ObjectMapper().readTree(read("snippets.json")).forEach(list::add);
			return list;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String read(String name) {
		try (InputStream in = StandardFlows.class.getResourceAsStream(FOLDER + name)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + FOLDER + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
