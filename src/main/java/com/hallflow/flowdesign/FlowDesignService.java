package com.hallflow.flowdesign;

import com.hallflow.base.TranslationProvider;
import com.hallflow.base.AuditAction;
import com.hallflow.base.AuditDetail;
import com.hallflow.base.AuditField;
import com.hallflow.base.AuditLog;
import com.hallflow.base.BusinessException;
import com.hallflow.base.ConcurrentEditException;
import com.hallflow.base.TextHygiene;
import com.hallflow.flowdesign.internal.DraftTrialEntity;
import com.hallflow.flowdesign.internal.DraftTrialRepository;
import com.hallflow.flowdesign.internal.FlowTemplateEntity;
import com.hallflow.flowdesign.internal.FlowTemplateRepository;
import com.hallflow.flowdesign.internal.FlowVersionEntity;
import com.hallflow.flowdesign.internal.FlowVersionRepository;
import com.hallflow.flowdesign.internal.LatestNumber;
import com.hallflow.flowdesign.internal.ScriptSnippetEntity;
import com.hallflow.flowdesign.internal.ScriptSnippetRepository;
import com.hallflow.security.CurrentUser;
import com.hallflow.security.HeadOffice;
import com.hallflow.security.HeadOfficeOrRegion;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Head office's side of flows: templates, the one draft each, publishing immutable
 * numbered versions, history, import and export. Every change is audited. Region admins
 * read the published flows (no drafts), their versions and exports, nothing else.
 */
@Service
@Validated
@Transactional
@HeadOffice
public class FlowDesignService {

	private final FlowTemplateRepository templates;

	private final FlowVersionRepository versions;

	private final ScriptSnippetRepository snippets;

	private final CurrentUser currentUser;

	private final AuditLog audit;

	private final Clock clock;

	private final TranslationProvider translations;

	private final DraftTrialRepository trials;

	private final ApplicationEventPublisher events;

	FlowDesignService(FlowTemplateRepository templates, FlowVersionRepository versions,
			ScriptSnippetRepository snippets, CurrentUser currentUser, AuditLog audit, Clock clock,
			TranslationProvider translations, DraftTrialRepository trials, ApplicationEventPublisher events) {
		this.translations = translations;
		this.events = events;
		this.trials = trials;
		this.templates = templates;
		this.versions = versions;
		this.snippets = snippets;
		this.currentUser = currentUser;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	@HeadOfficeOrRegion
	public List<FlowSummary> flows() {
		Map<Long, Integer> latest = versions.latestPublishedNumbers()
			.stream()
			.collect(Collectors.toMap(LatestNumber::templateId, LatestNumber::number));
		boolean headOffice = currentUser.branchScope().isEmpty();
		Set<Long> withDraft = headOffice ? versions.templatesWithDraft() : Set.of();
		return templates.findAllByOrderByKeyAsc()
			.stream()
			.filter(t -> headOffice || latest.containsKey(t.getId()))
			.map(t -> new FlowSummary(t.getKey(), t.getName(), t.getCategory(),
					t.getStatus() == FlowTemplateEntity.Status.RETIRED, latest.get(t.getId()),
					withDraft.contains(t.getId()), t.getUpdatedBy(), t.getUpdatedAt()))
			.toList();
	}

	public Draft create(@Valid NewFlowCommand command) {
		String key = command.key().trim();
		if (templates.findByKey(key).isPresent()) {
			throw BusinessException.forField("key", "flowdesign.flow.key.taken", key);
		}
		FlowDocument empty = new FlowDocument(FlowDocument.CURRENT_FORMAT, key,
				TextHygiene.line("name", command.name(), FlowTexts.NAME_MOST),
				TextHygiene.line("category", command.category(), FlowTexts.CATEGORY_MOST), null, null, null, List.of());
		FlowTemplateEntity template = templates
			.save(new FlowTemplateEntity(key, empty.name(), empty.category(), actor(), clock.instant()));
		FlowVersionEntity draft = versions
			.saveAndFlush(FlowVersionEntity.draft(template.getId(), FlowJson.write(empty), actor(), clock.instant()));
		audit.record(actor(), AuditAction.FLOW_CREATED, key, null);
		return draft(key, draft);
	}

	/**
	 * A new flow starting as a copy of another's draft, or else of its newest version.
	 */
	public Draft duplicate(String sourceKey, @Valid NewFlowCommand command) {
		FlowTemplateEntity source = template(sourceKey);
		FlowDocument original = versions.findByTemplateIdAndStatus(source.getId(), FlowVersionEntity.Status.DRAFT)
			.or(() -> versions.findByTemplateIdAndNumberNotNullOrderByNumberDesc(source.getId()).stream().findFirst())
			.map(v -> FlowJson.readStored(v.getDefinition()))
			.orElseThrow(() -> new BusinessException("flowdesign.flow.notFound", sourceKey));
		Draft created = create(command);
		FlowDocument copy = new FlowDocument(original.formatVersion(), created.key(), created.document().name(),
				created.document().category(), original.description(), original.icon(), original.targetMinutes(),
				original.takesEffect(), original.steps());
		audit.record(actor(), AuditAction.FLOW_DUPLICATED, created.key(),
				AuditDetail.builder().value(AuditField.SOURCE, source.getName() + " (" + sourceKey + ")").json());
		return saveDraft(created.key(), created.lockVersion(), copy);
	}

	@Transactional(readOnly = true)
	public Optional<Draft> draft(String key) {
		FlowTemplateEntity template = template(key);
		return versions.findByTemplateIdAndStatus(template.getId(), FlowVersionEntity.Status.DRAFT)
			.map(v -> draft(key, v));
	}

	/**
	 * Saves the whole document as the template's draft, creating the draft (and the
	 * template, when {@code createTemplate}) if needed. Drafts are saved whatever their
	 * validation says.
	 * @param lockVersion the lock version the editor loaded; ignored when no draft exists
	 * yet
	 */
	public Draft saveDraft(String key, long lockVersion, FlowDocument document) {
		if (!key.equals(document.key())) {
			throw BusinessException.forField("key", "flowdesign.flow.key.mismatch", document.key(), key);
		}
		FlowTemplateEntity template = template(key);
		return storeDraft(template, lockVersion, document, true);
	}

	/**
	 * Import: reads and checks the JSON whole before storing anything, then saves it as
	 * the draft.
	 */
	public Draft importDraft(String json) {
		return importDraft(json, null, null);
	}

	/**
	 * Import into the flow {@code requiredKey} (when not null; a document for another
	 * flow is refused like a malformed one) over a draft whose {@link Draft#revision()}
	 * (null for none) {@code expected} accepts (when not null; else nothing is stored).
	 */
	public Draft importDraft(String json, String requiredKey, Predicate<String> expected) {
		FlowDocument document = FlowJson.read(json);
		if (requiredKey != null && !requiredKey.equals(document.key())) {
			throw new FlowFormatException(List.of(new FormatProblem("$.key",
					"the document's key \"" + document.key() + "\" differs from \"" + requiredKey + "\"")));
		}
		List<FormatProblem> cannotWork = ImportChecks.problems(document, validate(document), translations);
		if (!cannotWork.isEmpty()) {
			throw new FlowFormatException(cannotWork);
		}
		Optional<FlowTemplateEntity> existing = templates.findByKey(document.key());
		if (expected != null
				&& !expected.test(existing.flatMap(t -> draft(t.getKey())).map(Draft::revision).orElse(null))) {
			throw new ConcurrentEditException();
		}
		FlowTemplateEntity template = existing.orElseGet(() -> templates.save(new FlowTemplateEntity(document.key(),
				document.name(), document.category(), actor(), clock.instant())));
		Draft draft = storeDraft(template, -1, document, false);
		audit.record(actor(), AuditAction.FLOW_IMPORTED, document.key(),
				AuditDetail.builder().value(AuditField.STEPS, document.steps().size()).json());
		return draft;
	}

	private Draft storeDraft(FlowTemplateEntity template, long lockVersion, FlowDocument document, boolean checkLock) {
		Instant now = clock.instant();
		FlowTexts.refuse(document);
		String json = FlowJson.writeWithin(document);
		Optional<FlowVersionEntity> existing = versions.findByTemplateIdAndStatus(template.getId(),
				FlowVersionEntity.Status.DRAFT);
		FlowVersionEntity draft;
		int latest = versions.maxNumber(template.getId());
		FlowDocument before = existing.map(d -> FlowJson.readStored(d.getDefinition()))
			.orElseGet(() -> latest == 0 ? null : FlowJson.readStored(version(template, latest).getDefinition()));
		if (existing.isPresent()) {
			draft = existing.get();
			if (checkLock) {
				ConcurrentEditException.check(lockVersion, draft.getLockVersion());
			}
			draft.replaceDefinition(json, actor(), now);
		}
		else {
			draft = FlowVersionEntity.draft(template.getId(), json, actor(), now);
		}
		template.describe(document.name(), document.category(), actor(), now);
		FlowVersionEntity saved = versions.saveAndFlush(draft);
		audit.record(actor(), AuditAction.FLOW_DRAFT_SAVED, template.getKey(),
				changeDetail(AuditDetail.builder(), before, document).json());
		return draft(template.getKey(), saved);
	}

	/**
	 * Starts a draft from an earlier version; publishing it is how a flow is rolled back.
	 */
	public Draft newDraftFrom(String key, int number) {
		FlowTemplateEntity template = template(key);
		if (versions.findByTemplateIdAndStatus(template.getId(), FlowVersionEntity.Status.DRAFT).isPresent()) {
			throw new BusinessException("flowdesign.draft.exists", template.getName());
		}
		FlowVersionEntity source = version(template, number);
		FlowVersionEntity draft = versions
			.saveAndFlush(FlowVersionEntity.draft(template.getId(), source.getDefinition(), actor(), clock.instant()));
		audit.record(actor(), AuditAction.FLOW_DRAFT_FROM_VERSION, key,
				AuditDetail.builder().value(AuditField.FROM_VERSION, number).json());
		return draft(key, draft);
	}

	/**
	 * Records that a test-run of the flow's draft took these legs to an end, whoever ran
	 * it; a path run before counts once. Two identical runs at the same moment may meet
	 * the unique key: the caller may ignore that, the path is recorded.
	 */
	public void recordTrial(String key, List<FlowPaths.Leg> legs) {
		FlowTemplateEntity template = template(key);
		String path = FlowPaths.signature(legs);
		if (!trials.existsByTemplateIdAndPathHash(template.getId(), path)) {
			trials.saveAndFlush(new DraftTrialEntity(template.getId(), path, actor(), clock.instant()));
		}
	}

	/** The paths of the flow's draft test-run so far, by anyone. */
	@Transactional(readOnly = true)
	public TrialRuns trials(String key) {
		return new TrialRuns(trials.pathHashes(template(key).getId()));
	}

	@Transactional(readOnly = true)
	public List<ValidationIssue> validate(FlowDocument document) {
		return new FlowValidator(publishedCalls()).validate(document);
	}

	/**
	 * Publishes the draft as version latest + 1, effective now or from
	 * {@code effectiveFrom}. Library scripts are copied into the version, so later
	 * snippet edits never change it.
	 */
	public int publish(String key, long lockVersion, String changeNote, Instant effectiveFrom) {
		String note = TextHygiene.text("changeNote", changeNote, VersionSummary.NOTE_MOST);
		if (note == null) {
			throw BusinessException.forField("changeNote", "flowdesign.publish.noteRequired");
		}
		FlowTemplateEntity template = templates.lockByKey(key)
			.orElseThrow(() -> new BusinessException("flowdesign.flow.notFound", key));
		FlowVersionEntity draft = versions.findByTemplateIdAndStatus(template.getId(), FlowVersionEntity.Status.DRAFT)
			.orElseThrow(() -> new BusinessException("flowdesign.draft.none", template.getName()));
		ConcurrentEditException.check(lockVersion, draft.getLockVersion());
		FlowDocument document = withLibraryText(FlowJson.readStored(draft.getDefinition()));
		List<ValidationIssue> errors = validate(document).stream().filter(ValidationIssue::isError).toList();
		if (!errors.isEmpty()) {
			throw new FlowInvalidException(errors);
		}
		Instant now = clock.instant();
		int number = versions.maxNumber(template.getId()) + 1;
		FlowDocument previous = number > 1 ? FlowJson.readStored(version(template, number - 1).getDefinition()) : null;
		draft.publish(number, FlowJson.write(document), note, actor(), now,
				effectiveFrom == null || effectiveFrom.isBefore(now) ? now : effectiveFrom);
		template.touch(actor(), now);
		versions.saveAndFlush(draft);
		// the test-runs were of this draft; the next draft starts untried
		trials.deleteByTemplate(template.getId());
		AuditDetail.Builder detail = AuditDetail.builder().value(AuditField.VERSION, number);
		if (effectiveFrom != null) {
			detail.value(AuditField.EFFECTIVE_FROM, effectiveFrom);
		}
		detail.value(AuditField.CHANGE_NOTE, note);
		audit.record(actor(), effectiveFrom == null ? AuditAction.FLOW_PUBLISHED : AuditAction.FLOW_SCHEDULED, key,
				changeDetail(detail, previous, document).json());
		events.publishEvent(new FlowVersionPublished(key, draft.getId(), number, draft.getEffectiveFrom()));
		return number;
	}

	/**
	 * A flow change for the audit log: steps before → after and each change in the words
	 * of the version comparison, or the step count of a first version.
	 */
	static AuditDetail.Builder changeDetail(AuditDetail.Builder detail, FlowDocument before, FlowDocument after) {
		if (before == null) {
			return detail.value(AuditField.STEPS, after.steps().size());
		}
		return detail.change(AuditField.STEPS, before.steps().size(), after.steps().size())
			.value(AuditField.CHANGES,
					FlowDiff.between(before, after)
						.stream()
						.map(c -> AuditDetail.words(c.messageKey(), c.args().toArray()))
						.toList());
	}

	/**
	 * Sets the order of the counter's tiles: the flows named come first, in this order;
	 * every other flow follows, each branch's most used first. An empty list leaves the
	 * whole order to each branch's use.
	 */
	public void orderTiles(List<String> keys) {
		List<String> ordered = keys.stream().distinct().toList();
		Map<String, FlowTemplateEntity> byKey = new HashMap<>();
		templates.findAllByOrderByKeyAsc().forEach(t -> byKey.put(t.getKey(), t));
		List<String> before = tileOrder().stream().map(k -> byKey.get(k).getName()).toList();
		for (String key : ordered) {
			if (!byKey.containsKey(key)) {
				throw new BusinessException("flowdesign.flow.notFound", key);
			}
		}
		byKey.values().forEach(t -> {
			int at = ordered.indexOf(t.getKey());
			t.setTileRank(at < 0 ? null : at + 1);
		});
		audit.record(actor(), AuditAction.TILE_ORDER_CHANGED, null,
				AuditDetail.builder()
					.change(AuditField.TILE_ORDER, tileWords(before),
							tileWords(ordered.stream().map(k -> byKey.get(k).getName()).toList()))
					.json());
	}

	/**
	 * A tile order for the audit log: the flows' names, or that each branch orders by
	 * use.
	 */
	private static Object tileWords(List<String> names) {
		return names.isEmpty() ? AuditDetail.words("flowdesign.tiles.byUse") : String.join(" > ", names);
	}

	/**
	 * The flows whose tile head office placed, in their order; empty when it placed none.
	 */
	@Transactional(readOnly = true)
	public List<String> tileOrder() {
		return templates.findAllByOrderByKeyAsc()
			.stream()
			.filter(t -> t.getTileRank() != null)
			.sorted(Comparator.comparingInt(FlowTemplateEntity::getTileRank))
			.map(FlowTemplateEntity::getKey)
			.toList();
	}

	public void retire(String key) {
		FlowTemplateEntity template = template(key);
		template.setStatus(FlowTemplateEntity.Status.RETIRED);
		template.touch(actor(), clock.instant());
		audit.record(actor(), AuditAction.FLOW_RETIRED, key, null);
	}

	@Transactional(readOnly = true)
	@HeadOfficeOrRegion
	public List<VersionSummary> versions(String key) {
		FlowTemplateEntity template = template(key);
		return versions.findByTemplateIdAndNumberNotNullOrderByNumberDesc(template.getId())
			.stream()
			.map(v -> new VersionSummary(v.getNumber(), v.getStatus() == FlowVersionEntity.Status.RETIRED,
					v.getChangeNote(), v.getPublishedBy(), v.getPublishedAt(), v.getEffectiveFrom()))
			.toList();
	}

	@Transactional(readOnly = true)
	@HeadOfficeOrRegion
	public FlowDocument version(String key, int number) {
		return FlowJson.readStored(version(template(key), number).getDefinition());
	}

	/**
	 * The stored text of a version, in the documented format: the same bytes every time.
	 */
	@Transactional(readOnly = true)
	@HeadOfficeOrRegion
	public String export(String key, int number) {
		return version(template(key), number).getDefinition();
	}

	/**
	 * For each published flow, the flows its newest version calls: what the validator
	 * needs.
	 */
	@Transactional(readOnly = true)
	public Map<String, Set<String>> publishedCalls() {
		Map<Long, String> keys = templates.findAll()
			.stream()
			.collect(Collectors.toMap(FlowTemplateEntity::getId, FlowTemplateEntity::getKey));
		Map<String, Set<String>> calls = new HashMap<>();
		for (FlowVersionEntity v : versions.findLatestPublished()) {
			calls.put(keys.get(v.getTemplateId()), FlowJson.readStored(v.getDefinition()).calledFlows());
		}
		return calls;
	}

	private FlowDocument withLibraryText(FlowDocument document) {
		Map<String, String> texts = snippets.findAll()
			.stream()
			.collect(Collectors.toMap(ScriptSnippetEntity::getKey, ScriptSnippetEntity::getText));
		return document.withSteps(document.steps()
			.stream()
			.map(step -> step.scriptRef() == null ? step
					: step.withScript(step.scriptRef(), Optional.ofNullable(texts.get(step.scriptRef()))
						.orElseThrow(() -> new BusinessException("flowdesign.library.unknown", step.scriptRef()))))
			.toList());
	}

	private FlowVersionEntity version(FlowTemplateEntity template, int number) {
		return versions.findByTemplateIdAndNumber(template.getId(), number)
			.orElseThrow(() -> new BusinessException("flowdesign.version.notFound", template.getKey(), number));
	}

	private FlowTemplateEntity template(String key) {
		return templates.findByKey(key).orElseThrow(() -> new BusinessException("flowdesign.flow.notFound", key));
	}

	private Draft draft(String key, FlowVersionEntity v) {
		return new Draft(v.getId(), key, v.getLockVersion(), FlowJson.readStored(v.getDefinition()), v.getUpdatedBy(),
				v.getUpdatedAt());
	}

	private String actor() {
		return currentUser.actorName();
	}

}
