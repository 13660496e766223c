package com.hallflow.flowdesign.web;

import com.hallflow.base.BusinessException;
import com.hallflow.base.TranslationProvider;
import com.hallflow.flowdesign.Draft;
import com.hallflow.flowdesign.FlowDesignService;
import com.hallflow.flowdesign.FlowFormatException;
import com.hallflow.flowdesign.FlowInvalidException;
import com.hallflow.flowdesign.FormatProblem;
import com.hallflow.flowdesign.StandardFlows;
import com.hallflow.security.HeadOffice;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Flow design over HTTP for head office's tools (docs/api.md). */
@RestController
@RequestMapping(path = "/api/flows", produces = MediaType.APPLICATION_JSON_VALUE)
@HeadOffice
class FlowApiController {

	private final FlowDesignService flows;

	private final StandardFlows standardFlows;

	private final TranslationProvider translations;

	FlowApiController(FlowDesignService flows, StandardFlows standardFlows, TranslationProvider translations) {
		this.flows = flows;
		this.standardFlows = standardFlows;
		this.translations = translations;
	}

	@GetMapping
	List<FlowListEntry> list() {
		return flows.flows()
			.stream()
			.map(f -> new FlowListEntry(f.key(), f.name(), f.latestPublished(), f.hasDraft()))
			.toList();
	}

	/** The version exactly as stored: the same bytes every time. */
	@GetMapping("/{key}/versions/{number}")
	String version(@PathVariable String key, @PathVariable int number) {
		return flows.export(key, number);
	}

	@PutMapping(path = "/{key}/draft", consumes = MediaType.ALL_VALUE)
	DraftSaved saveDraft(@PathVariable String key, @RequestBody(required = false) String body) {
		Draft draft = flows.importDraft(body, key);
		return new DraftSaved(draft.key(), draft.document().steps().size());
	}

	@PostMapping(path = "/{key}/draft/publish", consumes = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Integer> publish(@PathVariable String key, @RequestBody PublishRequest request) {
		Draft draft = flows.draft(key).orElseThrow(() -> new BusinessException("flowdesign.draft.none", key));
		return Map.of("number", flows.publish(key, draft.lockVersion(), request.changeNote(), null));
	}

	/**
	 * Installs the seven standard flows and their script library where they are missing.
	 */
	@PostMapping("/standard")
	Map<String, List<String>> installStandard() {
		return Map.of("published", standardFlows.install());
	}

	@ExceptionHandler(FlowFormatException.class)
	ResponseEntity<List<FormatProblem>> malformed(FlowFormatException e) {
		return ResponseEntity.badRequest().body(e.problems());
	}

	@ExceptionHandler(FlowInvalidException.class)
	ResponseEntity<List<IssueResponse>> invalid(FlowInvalidException e) {
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY)
			.body(e.errors()
				.stream()
				.map(i -> new IssueResponse(i.stepKey(), i.stepTitle(), i.severity().name(), i.code().code(),
						(i.stepTitle() == null ? "" : "Step “" + i.stepTitle() + "”: ") + translations
							.getTranslation(i.messageKey(), TranslationProvider.ENGLISH, i.args().toArray())))
				.toList());
	}

	record FlowListEntry(String key, String name, Integer latestPublished, boolean hasDraft) {
	}

	record DraftSaved(String key, int steps) {
	}

	record PublishRequest(String changeNote) {
	}

	record IssueResponse(String step, String stepTitle, String severity, String code, String message) {
	}

}
