package com.hallflow.flowdesign;

import com.hallflow.base.AuditDetail;
import com.hallflow.base.AuditField;
import com.hallflow.base.AuditAction;
import com.hallflow.base.AuditLog;
import com.hallflow.base.BusinessException;
import com.hallflow.base.ConcurrentEditException;
import com.hallflow.base.TextHygiene;
import com.hallflow.flowdesign.internal.FlowTemplateEntity;
import com.hallflow.flowdesign.internal.FlowTemplateRepository;
import com.hallflow.flowdesign.internal.FlowVersionEntity;
import com.hallflow.flowdesign.internal.FlowVersionRepository;
import com.hallflow.flowdesign.internal.ScriptSnippetEntity;
import com.hallflow.flowdesign.internal.ScriptSnippetRepository;
import com.hallflow.security.CurrentUser;
import com.hallflow.security.HeadOffice;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The library of reusable scripts. Editing a snippet changes drafts that reference it (at
 * their next publish) and never a published version, which holds its own copy of the
 * text.
 */
@Service
@Transactional
@HeadOffice
public class ScriptLibraryService {

	private final ScriptSnippetRepository snippets;

	private final FlowVersionRepository versions;

	private final FlowTemplateRepository templates;

	private final CurrentUser currentUser;

	private final AuditLog audit;

	private final Clock clock;

	ScriptLibraryService(ScriptSnippetRepository snippets, FlowVersionRepository versions,
			FlowTemplateRepository templates, CurrentUser currentUser, AuditLog audit, Clock clock) {
		this.snippets = snippets;
		this.versions = versions;
		this.templates = templates;
		this.currentUser = currentUser;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<ScriptSnippet> all() {
		return snippets.findAllByOrderByKeyAsc().stream().map(ScriptLibraryService::snippet).toList();
	}

	/**
	 * Creates the snippet, or updates it when {@code lockVersion} matches the stored one.
	 * The text has a step script's limit, as publishing copies it into the step.
	 */
	public ScriptSnippet save(String key, Long lockVersion, String title, String text, String tags) {
		if (key == null || !key.matches("[a-z][a-z0-9_.-]{0,63}")) {
			throw BusinessException.forField("key", "flowdesign.library.key.format");
		}
		String keptTitle = TextHygiene.line("title", title, ScriptSnippet.TITLE_MOST);
		if (keptTitle == null) {
			throw BusinessException.forField("title", "flowdesign.library.title.required");
		}
		String keptText = TextHygiene.text("text", text, FlowTexts.SCRIPT_MOST);
		if (keptText == null) {
			throw BusinessException.forField("text", "flowdesign.library.text.required");
		}
		String keptTags = TextHygiene.line("tags", tags, ScriptSnippet.TAGS_MOST);
		ScriptSnippetEntity entity = snippets.findByKey(key).orElse(null);
		Map<AuditField, Object> before = entity == null ? Map.of() : auditFields(entity);
		if (entity == null) {
			entity = new ScriptSnippetEntity(key);
		}
		else if (lockVersion == null) {
			throw BusinessException.forField("key", "flowdesign.library.key.taken", key);
		}
		else {
			ConcurrentEditException.check(lockVersion, entity.getLockVersion());
		}
		entity.write(keptTitle, keptText, keptTags, currentUser.actorName(), clock.instant());
		ScriptSnippetEntity saved = snippets.saveAndFlush(entity);
		audit.record(currentUser.actorName(), AuditAction.SNIPPET_SAVED, key,
				AuditDetail.changes(before, auditFields(saved)));
		return snippet(saved);
	}

	private static Map<AuditField, Object> auditFields(ScriptSnippetEntity snippet) {
		return AuditDetail.fields(AuditField.TITLE, snippet.getTitle(), AuditField.TEXT, snippet.getText(),
				AuditField.TAGS, snippet.getTags());
	}

	/**
	 * The templates whose draft takes its script from this snippet: what an edit would
	 * change.
	 */
	@Transactional(readOnly = true)
	public List<String> draftsUsing(String snippetKey) {
		Map<Long, String> keys = templates.findAll()
			.stream()
			.collect(Collectors.toMap(FlowTemplateEntity::getId, FlowTemplateEntity::getKey));
		return versions.findByStatus(FlowVersionEntity.Status.DRAFT)
			.stream()
			.filter(v -> FlowJson.readStored(v.getDefinition())
				.steps()
				.stream()
				.anyMatch(s -> snippetKey.equals(s.scriptRef())))
			.map(v -> keys.get(v.getTemplateId()))
			.sorted()
			.toList();
	}

	private static ScriptSnippet snippet(ScriptSnippetEntity e) {
		return new ScriptSnippet(e.getKey(), e.getLockVersion(), e.getTitle(), e.getText(), e.getTags(),
				e.getUpdatedBy(), e.getUpdatedAt());
	}

}
