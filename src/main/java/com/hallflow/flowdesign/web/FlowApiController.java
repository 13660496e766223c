package com.hallflow.flowdesign.web;

import com.hallflow.base.BusinessException;
import com.hallflow.base.ConcurrentEditException;
import com.hallflow.base.TranslationProvider;
import com.hallflow.flowdesign.Draft;
import com.hallflow.flowdesign.FlowDesignService;
import com.hallflow.flowdesign.FlowFormatException;
import com.hallflow.flowdesign.FlowInvalidException;
import com.hallflow.flowdesign.FlowJson;
import com.hallflow.flowdesign.FormatProblem;
import com.hallflow.flowdesign.StandardFlows;
import com.hallflow.security.HeadOffice;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ETag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
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

	/** The draft's document, with its revision as the ETag a later PUT may send back. */
	@GetMapping("/{key}/draft")
	ResponseEntity<String> draft(@PathVariable String key) {
		Draft draft = flows.draft(key).orElseThrow(() -> new BusinessException("flowdesign.draft.notFound", key));
		return ResponseEntity.ok().eTag(draft.revision()).body(FlowJson.write(draft.document()));
	}

	/**
	 * The body is read as bytes and decoded here, so that a malformed UTF-8 byte refuses
	 * the document instead of being replaced. With {@code If-Match}, only over the draft
	 * of that ETag (412 otherwise).
	 */
	@PutMapping(path = "/{key}/draft", consumes = MediaType.ALL_VALUE)
	ResponseEntity<DraftSaved> saveDraft(@PathVariable String key,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody(required = false) byte[] body) {
		Draft draft = unlessStale(ifMatch,
				() -> flows.importDraft(FlowJson.text(body), key, ifMatch == null ? null : matches(ifMatch)));
		return ResponseEntity.ok()
			.eTag(draft.revision())
			.body(new DraftSaved(draft.key(), draft.document().steps().size()));
	}

	@PostMapping(path = "/{key}/draft/publish", consumes = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Integer> publish(@PathVariable String key,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody PublishRequest request) {
		Optional<Draft> current = flows.draft(key);
		if (ifMatch != null && !matches(ifMatch).test(current.map(Draft::revision).orElse(null))) {
			throw new ErrorResponseException(HttpStatus.PRECONDITION_FAILED);
		}
		Draft draft = current.orElseThrow(() -> new BusinessException("flowdesign.draft.none", key));
		return Map.of("number",
				unlessStale(ifMatch, () -> flows.publish(key, draft.lockVersion(), request.changeNote(), null)));
	}

	/**
	 * Whether a draft's revision (null: no draft) is one the {@code If-Match} header
	 * names. Weak tags never match (RFC 9110 13.1.1).
	 */
	private static Predicate<String> matches(String ifMatch) {
		List<ETag> tags = ETag.parse(ifMatch);
		return revision -> revision != null
				&& tags.stream().anyMatch(tag -> tag.isWildcard() || !tag.weak() && tag.tag().equals(revision));
	}

	/**
	 * A save that loses to another under {@code If-Match} is a failed precondition;
	 * without it, an ordinary conflict.
	 */
	private static <T> T unlessStale(String ifMatch, Supplier<T> save) {
		try {
			return save.get();
		}
		catch (ConcurrentEditException | OptimisticLockingFailureException e) {
			if (ifMatch == null) {
				throw e;
			}
			throw new ErrorResponseException(HttpStatus.PRECONDITION_FAILED, e);
		}
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
