package com.hallflow.variant;

import com.hallflow.base.AuditAction;
import com.hallflow.base.AuditDetail;
import com.hallflow.base.AuditField;
import com.hallflow.base.AuditLog;
import com.hallflow.base.BusinessException;
import com.hallflow.base.ConcurrentEditException;
import com.hallflow.flowdesign.PublishedFlowService;
import com.hallflow.flowdesign.PublishedVersion;
import com.hallflow.organization.BranchService;
import com.hallflow.organization.RegionService;
import com.hallflow.organization.RegionTree;
import com.hallflow.promotion.RolloutTarget;
import com.hallflow.promotion.TargetKind;
import com.hallflow.promotion.planning.StagePlan;
import com.hallflow.security.CurrentUser;
import com.hallflow.security.HeadOffice;
import com.hallflow.security.HeadOfficeOrRegion;
import com.hallflow.variant.internal.EffectiveIndexHolder;
import com.hallflow.variant.internal.OverlayAccess;
import com.hallflow.variant.internal.FlowRolloutEntity;
import com.hallflow.variant.internal.FlowRolloutRepository;
import com.hallflow.variant.internal.FlowRollouts;
import com.hallflow.variant.internal.OverlayRows;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staged rollouts of head office's flow versions (head office plans them) and of regions'
 * overlays (each region admin plans their own region's), decision 0027. A flow has at
 * most one open rollout of head office's versions, and of each region's overlays. Every
 * change is checked, optimistically locked, audited and moves the variant revision, so
 * the effective-flow index of every node follows.
 */
@Service
@Transactional
@HeadOfficeOrRegion
public class FlowRolloutService {

	private static final StagePlan.Refusals REFUSALS = new StagePlan.Refusals("variant.rollout.stages.required",
			"variant.rollout.stage.start.required", "variant.rollout.stage.order",
			"variant.rollout.stage.targets.required", "variant.rollout.exclusion.network",
			"variant.rollout.target.unknown");

	private final FlowRolloutRepository rollouts;

	private final PublishedFlowService flows;

	private final OverlayRows overlays;

	private final RegionService regions;

	private final BranchService branches;

	private final EffectiveIndexHolder holder;

	private final CurrentUser currentUser;

	private final AuditLog audit;

	private final Clock clock;

	private final OverlayAccess access;

	@SuppressWarnings("java:S107") // collaborators injected by Spring
	FlowRolloutService(FlowRolloutRepository rollouts, PublishedFlowService flows, OverlayRows overlays,
			RegionService regions, BranchService branches, EffectiveIndexHolder holder, CurrentUser currentUser,
			AuditLog audit, Clock clock, OverlayAccess access) {
		this.access = access;
		this.rollouts = rollouts;
		this.flows = flows;
		this.overlays = overlays;
		this.regions = regions;
		this.branches = branches;
		this.holder = holder;
		this.currentUser = currentUser;
		this.audit = audit;
		this.clock = clock;
	}

	/** Every rollout of head office's versions, newest first. */
	@Transactional(readOnly = true)
	@HeadOffice
	public List<FlowRollout> versionRollouts() {
		return rollouts.findAllByOrderByIdAsc()
			.stream()
			.filter(r -> FlowRollout.Subject.VERSION.name().equals(r.getSubjectKind()))
			.map(FlowRollouts::view)
			.sorted(Comparator.comparingLong(FlowRollout::id).reversed())
			.toList();
	}

	/**
	 * The rollout of head office's versions of the flow that is open now, else its latest
	 * one; empty when the flow's versions were never staged.
	 */
	@Transactional(readOnly = true)
	public Optional<FlowRollout> current(String flowKey) {
		return currentOf(rollouts.findByFlowKeyOrderByIdAsc(flowKey)
			.stream()
			.filter(r -> r.getRegionId() == null)
			.map(FlowRollouts::view)
			.toList());
	}

	/**
	 * The rollout of the region's overlays of the flow that is open now, else its latest
	 * one; empty when they were never staged. Head office reads every region's, a region
	 * admin their own region's, its cities' and its province's (a city's branches run the
	 * province's overlay under the city's).
	 */
	@Transactional(readOnly = true)
	public Optional<FlowRollout> overlayRollout(String flowKey, long regionId) {
		access.requireRead(regionId, regions.tree());
		return currentOf(rollouts.findByFlowKeyOrderByIdAsc(flowKey)
			.stream()
			.filter(r -> r.getRegionId() != null && r.getRegionId() == regionId)
			.map(FlowRollouts::view)
			.toList());
	}

	/**
	 * For each flow whose overlays of the region were ever staged, by key, the rollout
	 * open now, else its latest: {@link #overlayRollout} for a region's whole list at
	 * once.
	 */
	@Transactional(readOnly = true)
	public Map<String, FlowRollout> overlayRolloutsIn(long regionId) {
		access.requireRead(regionId, regions.tree());
		Map<String, FlowRollout> byFlow = new HashMap<>();
		rollouts.findByRegionIdOrderByIdAsc(regionId)
			.stream()
			.map(FlowRollouts::view)
			.collect(Collectors.groupingBy(FlowRollout::flowKey))
			.forEach((flowKey, ofFlow) -> currentOf(ofFlow).ifPresent(r -> byFlow.put(flowKey, r)));
		return byFlow;
	}

	/**
	 * For each region whose overlays of the flow were ever staged, the rollout open now,
	 * else its latest (head office's read-only view of the regions' variants).
	 */
	@Transactional(readOnly = true)
	@HeadOffice
	public List<FlowRollout> overlayRollouts(String flowKey) {
		return rollouts.findByFlowKeyOrderByIdAsc(flowKey)
			.stream()
			.filter(r -> r.getRegionId() != null)
			.map(FlowRollouts::view)
			.collect(Collectors.groupingBy(FlowRollout::regionId))
			.values()
			.stream()
			.flatMap(ofRegion -> currentOf(ofRegion).stream())
			.toList();
	}

	/** The one open now among rollouts oldest first, else the latest. */
	private Optional<FlowRollout> currentOf(List<FlowRollout> oldestFirst) {
		Instant now = clock.instant();
		return oldestFirst.stream()
			.filter(r -> r.stateAt(now).open())
			.findFirst()
			.or(() -> oldestFirst.isEmpty() ? Optional.empty() : Optional.of(oldestFirst.get(oldestFirst.size() - 1)));
	}

	/**
	 * Opens a rollout of a version or overlay just published as staged, with no stage
	 * yet: it applies to no branch until stages are planned. Head office's staged publish
	 * calls it through {@code FlowVersionStaged}; the overlays' publish calls it for a
	 * staged overlay.
	 */
	public FlowRollout stage(FlowRollout.Subject subject, long subjectId) {
		holder.changed();
		FlowRolloutEntity entity = newRollout(subject, subjectId, true);
		FlowRollout staged = FlowRollouts.view(rollouts.saveAndFlush(entity));
		audit.record(currentUser.actorName(), AuditAction.FLOW_ROLLOUT_STAGED, auditTarget(staged), null);
		return staged;
	}

	/**
	 * Creates a rollout of the latest version (or overlay) of a flow, or plans an
	 * existing one anew: its stages and exclusions.
	 */
	public FlowRollout save(FlowRolloutCommand command) {
		// first, so that two plannings of the same flow run one after the other
		holder.changed();
		FlowRolloutEntity entity;
		Map<AuditField, Object> before = null;
		if (command.id() == null) {
			if (command.subject() == null || command.subjectId() == null) {
				throw BusinessException.forField("subject", "variant.rollout.subject.required");
			}
			entity = newRollout(command.subject(), command.subjectId(), false);
		}
		else {
			entity = load(command.id());
			ConcurrentEditException.check(command.lockVersion() == null ? -1 : command.lockVersion(),
					entity.getLockVersion());
			mayPlan(entity.getSubjectKind(), entity.getRegionId());
			if (entity.isRolledBack()) {
				throw new BusinessException("variant.rollout.rolledBack");
			}
			before = auditFields(FlowRollouts.view(entity));
		}
		check(command, entity.getRegionId());
		entity.plan(new StagePlan(command.stages(), command.exclusions()).rows(), currentUser.actorName(),
				clock.instant());
		FlowRollout after = FlowRollouts.view(rollouts.saveAndFlush(entity));
		audit.record(currentUser.actorName(), AuditAction.FLOW_ROLLOUT_PLANNED, auditTarget(after), before == null
				? AuditDetail.values(auditFields(after)) : AuditDetail.changes(before, auditFields(after)));
		return after;
	}

	/**
	 * Pauses a rollout (branches reached keep the version; no further stage starts) or
	 * resumes it (stages whose start has passed meanwhile start at once).
	 */
	public FlowRollout setPaused(long id, long lockVersion, boolean paused) {
		holder.changed();
		FlowRolloutEntity entity = load(id);
		ConcurrentEditException.check(lockVersion, entity.getLockVersion());
		mayPlan(entity.getSubjectKind(), entity.getRegionId());
		if (entity.isRolledBack()) {
			throw new BusinessException("variant.rollout.rolledBack");
		}
		entity.pause(paused, currentUser.actorName(), clock.instant());
		FlowRollout saved = FlowRollouts.view(rollouts.saveAndFlush(entity));
		audit.record(currentUser.actorName(),
				paused ? AuditAction.FLOW_ROLLOUT_PAUSED : AuditAction.FLOW_ROLLOUT_RESUMED, auditTarget(saved), null);
		return saved;
	}

	/**
	 * Rolls a rollout back: its version or overlay applies nowhere any more, so new
	 * sessions everywhere run the one before; sessions already running keep theirs.
	 */
	public FlowRollout rollBack(long id, long lockVersion) {
		holder.changed();
		FlowRolloutEntity entity = load(id);
		ConcurrentEditException.check(lockVersion, entity.getLockVersion());
		mayPlan(entity.getSubjectKind(), entity.getRegionId());
		if (entity.isRolledBack()) {
			throw new BusinessException("variant.rollout.rolledBack");
		}
		entity.rollBack(currentUser.actorName(), clock.instant());
		FlowRollout saved = FlowRollouts.view(rollouts.saveAndFlush(entity));
		audit.record(currentUser.actorName(), AuditAction.FLOW_ROLLOUT_ROLLED_BACK, auditTarget(saved), null);
		return saved;
	}

	private FlowRolloutEntity load(long id) {
		return rollouts.findById(id).orElseThrow(() -> new BusinessException("variant.rollout.notFound"));
	}

	/**
	 * A new rollout of the subject: the latest version (overlay) of its flow (region),
	 * staged (or being staged now) or not yet in effect, when the flow (region) has no
	 * open rollout.
	 */
	private FlowRolloutEntity newRollout(FlowRollout.Subject subject, long subjectId, boolean staging) {
		Instant now = clock.instant();
		String flowKey;
		int number;
		Long regionId;
		Instant from;
		boolean latest;
		if (subject == FlowRollout.Subject.VERSION) {
			List<PublishedVersion> all = flows.publishedVersions();
			PublishedVersion version = all.stream()
				.filter(v -> v.versionId() == subjectId)
				.findFirst()
				.orElseThrow(() -> BusinessException.forField("subject", "variant.rollout.subject.unknown"));
			flowKey = version.flowKey();
			number = version.number();
			regionId = null;
			from = version.effectiveFrom();
			latest = all.stream().noneMatch(v -> v.flowKey().equals(version.flowKey()) && v.number() > number);
		}
		else {
			EffectiveIndex.OverlayRule overlay = overlays.published(subjectId)
				.orElseThrow(() -> BusinessException.forField("subject", "variant.rollout.subject.unknown"));
			flowKey = overlay.flowKey();
			number = overlay.number();
			regionId = overlay.regionId();
			from = overlay.publishedAt();
			latest = overlays.published()
				.stream()
				.noneMatch(o -> o.flowKey().equals(overlay.flowKey()) && o.regionId() == overlay.regionId()
						&& o.number() > number);
		}
		mayPlan(subject.name(), regionId);
		if (!latest) {
			throw BusinessException.forField("subject", "variant.rollout.subject.notLatest", number);
		}
		List<FlowRolloutEntity> ofFlow = rollouts.findByFlowKeyOrderByIdAsc(flowKey);
		boolean staged = staging || ofFlow.stream()
			.anyMatch(r -> r.getSubjectKind().equals(subject.name()) && r.getSubjectId() == subjectId);
		// a rollout would take back from branches what already runs there
		if (!staged && (from == null || !from.isAfter(now))) {
			throw BusinessException.forField("subject", "variant.rollout.subject.notStaged", number);
		}
		ofFlow.stream()
			.filter(r -> Objects.equals(r.getRegionId(), regionId))
			.map(FlowRollouts::view)
			.filter(r -> r.stateAt(now).open())
			.findFirst()
			.ifPresent(open -> {
				if (regionId != null) {
					// an overlay's rollout ends across its region, not the network
					throw BusinessException.forField("subject", "variant.rollout.alreadyOpen.region",
							open.subjectNumber(), regionName(regionId));
				}
				throw BusinessException.forField("subject", "variant.rollout.alreadyOpen", open.subjectNumber());
			});
		return new FlowRolloutEntity(flowKey, subject.name(), subjectId, number, regionId, currentUser.actorName(),
				now);
	}

	/**
	 * Head office plans its versions' rollouts; a region admin plans the rollouts of
	 * overlays of their own region (or a city in it).
	 */
	private void mayPlan(String subject, Long regionId) {
		boolean headOffice = currentUser.branchScope().isEmpty();
		boolean allowed = FlowRollout.Subject.VERSION.name().equals(subject) ? headOffice
				: regionId != null && ownRegion(regionId);
		if (!allowed) {
			throw new AccessDeniedException("not this caller's rollout");
		}
	}

	/** Whether the region is the signed-in region admin's or lies in it. */
	private boolean ownRegion(long regionId) {
		return currentUser.withinOwnRegion(regionId);
	}

	/** Refuses stages and exclusions that cannot be planned. */
	private void check(FlowRolloutCommand c, Long subjectRegion) {
		StagePlan plan = new StagePlan(c.stages(), c.exclusions());
		RegionTree tree = regions.tree();
		StagePlan.TargetCheck within = (target, field) -> checkTarget(target, tree, subjectRegion, field);
		plan.checkStages(REFUSALS, within);
		plan.checkExclusions(REFUSALS, within);
	}

	/**
	 * A region or branch must exist; for a region's overlay it must lie in that region
	 * (the network then means the whole region).
	 */
	private void checkTarget(RolloutTarget target, RegionTree tree, Long subjectRegion, String field) {
		Long region = subjectRegion;
		if (target.kind() != TargetKind.NETWORK) {
			try {
				region = StagePlan.regionOf(target, tree, branches, field, REFUSALS);
			}
			catch (BusinessException unknown) {
				// a region admin sees only their region's branches: any other is outside
				// it
				if (subjectRegion != null && target.kind() == TargetKind.BRANCH) {
					throw BusinessException.forField(field, "variant.rollout.target.outsideRegion");
				}
				throw unknown;
			}
		}
		if (subjectRegion != null && !tree.within(region, subjectRegion)) {
			throw BusinessException.forField(field, "variant.rollout.target.outsideRegion");
		}
	}

	private String auditTarget(FlowRollout r) {
		return r.subject() == FlowRollout.Subject.VERSION ? r.flowKey() + " v" + r.subjectNumber()
				: r.flowKey() + " " + regionName(r.regionId()) + " #" + r.subjectNumber();
	}

	private String regionName(Long id) {
		return id == null ? "" : regions.nameOf(id);
	}

	/**
	 * What the audit log shows of a rollout: each stage as its start and what it reaches,
	 * regions and branches by name; an overlay's "network" is its region.
	 */
	private Map<AuditField, Object> auditFields(FlowRollout r) {
		Map<AuditField, Object> fields = AuditDetail.fields(AuditField.VERSION, r.subjectNumber());
		StagePlan plan = new StagePlan(r.stages(), r.exclusions());
		fields.putAll(r.regionId() == null ? plan.audited(regions.all(), branches)
				: plan.audited(regions.all(), branches, regionName(r.regionId())));
		return fields;
	}

}
