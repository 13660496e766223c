package com.hallflow.flowdesign;

import com.hallflow.base.BusinessException;
import com.hallflow.flowdesign.internal.FlowTemplateEntity;
import com.hallflow.flowdesign.internal.FlowTemplateRepository;
import com.hallflow.flowdesign.internal.FlowVersionEntity;
import com.hallflow.flowdesign.internal.FlowVersionRepository;
import com.hallflow.security.AnyStaff;
import com.hallflow.security.HeadOffice;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published side of flows, for everyone who runs them: which flows can be started now
 * and which version each runs (the newest already in effect; a scheduled version waits
 * for its time), and any version by id for sessions that pinned it. Retired flows cannot
 * be started, but their versions stay readable for the sessions still running on them.
 */
@Service
@Transactional(readOnly = true)
@AnyStaff
public class PublishedFlowService {

	private final FlowTemplateRepository templates;

	private final FlowVersionRepository versions;

	private final Clock clock;

	/**
	 * Published versions never change (docs/architecture.md §3), so each is read and
	 * parsed once per node.
	 */
	private final Map<Long, PublishedFlow> byId = new ConcurrentHashMap<>();

	PublishedFlowService(FlowTemplateRepository templates, FlowVersionRepository versions, Clock clock) {
		this.templates = templates;
		this.versions = versions;
		this.clock = clock;
	}

	/** Every flow a session can start now, by key. */
	public List<PublishedFlow> startable() {
		return templates.findAllByOrderByKeyAsc()
			.stream()
			.filter(t -> t.getStatus() == FlowTemplateEntity.Status.ACTIVE)
			.map(this::current)
			.flatMap(Optional::stream)
			.toList();
	}

	/**
	 * The places head office gave flows' tiles on the counter (1 first), by flow key;
	 * flows without one are not in it.
	 */
	public Map<String, Integer> tileRanks() {
		Map<String, Integer> ranks = new HashMap<>();
		templates.findAllByOrderByKeyAsc()
			.stream()
			.filter(t -> t.getTileRank() != null)
			.forEach(t -> ranks.put(t.getKey(), t.getTileRank()));
		return ranks;
	}

	/** The version a session started now would run, if the flow can be started. */
	public Optional<PublishedFlow> current(String key) {
		return templates.findByKey(key)
			.filter(t -> t.getStatus() == FlowTemplateEntity.Status.ACTIVE)
			.flatMap(this::current);
	}

	/**
	 * The newest published version of an active flow, also one that takes effect later:
	 * what regions' overlays are laid on (docs/architecture.md §14).
	 */
	public Optional<PublishedFlow> newest(String key) {
		return templates.findByKey(key)
			.filter(t -> t.getStatus() == FlowTemplateEntity.Status.ACTIVE)
			.flatMap(t -> versions.publishedNewestFirst(t.getId(), PageRequest.of(0, 1)).stream().findFirst())
			.map(ref -> byVersionId(ref.id()));
	}

	/**
	 * Versions published to take effect later, soonest first (head office's): until then
	 * the flow's previous version stays current.
	 */
	@HeadOffice
	public List<ScheduledVersion> scheduled() {
		Map<Long, FlowTemplateEntity> byTemplate = new HashMap<>();
		templates.findAllByOrderByKeyAsc().forEach(t -> byTemplate.put(t.getId(), t));
		return versions.scheduledAfter(clock.instant())
			.stream()
			.filter(v -> byTemplate.containsKey(v.getTemplateId()))
			.map(v -> {
				FlowTemplateEntity t = byTemplate.get(v.getTemplateId());
				return new ScheduledVersion(t.getKey(), t.getName(), v.getNumber(), v.getEffectiveFrom(),
						v.getPublishedBy(), v.getChangeNote());
			})
			.toList();
	}

	/**
	 * Every published version of every flow, retired flows' too, without documents: what
	 * the effective-flow index of module variant is built from.
	 */
	public List<PublishedVersion> publishedVersions() {
		Map<Long, FlowTemplateEntity> byTemplate = new HashMap<>();
		templates.findAll().forEach(t -> byTemplate.put(t.getId(), t));
		return versions.publishedTimes().stream().filter(v -> byTemplate.containsKey(v.templateId())).map(v -> {
			FlowTemplateEntity t = byTemplate.get(v.templateId());
			return new PublishedVersion(t.getKey(), t.getName(), t.getStatus() == FlowTemplateEntity.Status.RETIRED,
					v.id(), v.number(), v.effectiveFrom());
		}).toList();
	}

	public PublishedFlow byVersionId(long versionId) {
		PublishedFlow known = byId.get(versionId);
		if (known != null) {
			return known;
		}
		FlowVersionEntity version = versions.findById(versionId)
			.filter(v -> v.getStatus() != FlowVersionEntity.Status.DRAFT)
			.orElseThrow(() -> new BusinessException("flowdesign.version.notFound", versionId, ""));
		String key = templates.findById(version.getTemplateId()).map(FlowTemplateEntity::getKey).orElseThrow();
		PublishedFlow flow = published(key, version);
		byId.put(versionId, flow);
		return flow;
	}

	private Optional<PublishedFlow> current(FlowTemplateEntity template) {
		// the newest version in effect, found by id and number only; its parsed document
		// is cached
		return versions.publishedInEffect(template.getId(), clock.instant(), PageRequest.of(0, 1))
			.stream()
			.findFirst()
			.map(ref -> byVersionId(ref.id()));
	}

	private static PublishedFlow published(String key, FlowVersionEntity v) {
		return new PublishedFlow(v.getId(), key, v.getNumber(), FlowJson.readStored(v.getDefinition()));
	}

}
