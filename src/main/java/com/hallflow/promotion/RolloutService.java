package com.hallflow.promotion;

import com.hallflow.base.AuditAction;
import com.hallflow.base.AuditDetail;
import com.hallflow.base.AuditField;
import com.hallflow.base.AuditLog;
import com.hallflow.base.BusinessException;
import com.hallflow.base.TextHygiene;
import com.hallflow.base.ConcurrentEditException;
import com.hallflow.organization.BranchService;
import com.hallflow.organization.RegionService;
import com.hallflow.organization.RegionTree;
import com.hallflow.promotion.internal.OfferIndexHolder;
import com.hallflow.promotion.internal.PackageEntity;
import com.hallflow.promotion.internal.PackageRepository;
import com.hallflow.promotion.internal.RolloutEntity;
import com.hallflow.promotion.internal.RolloutRepository;
import com.hallflow.promotion.planning.StagePlan;
import com.hallflow.promotion.planning.TargetRow;
import com.hallflow.security.CurrentUser;
import com.hallflow.security.HeadOffice;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rollouts of packages to the network, regions and branches, in stages on a schedule.
 * Saves are checked, optimistically locked, audited and bump the promotion revision;
 * pausing and resuming too. The planner's conflict flags come from here.
 */
@Service
@Transactional
@HeadOffice
public class RolloutService {

	static final int LOWEST_PRIORITY = 99;
	static final int LARGEST_QUOTA = 100_000;

	private static final StagePlan.Refusals REFUSALS = new StagePlan.Refusals("promotion.rollout.stages.required",
			"promotion.rollout.stage.start.required", "promotion.rollout.stage.order",
			"promotion.rollout.stage.targets.required", "promotion.rollout.exclusion.network",
			"promotion.rollout.target.unknown");

	private final RolloutRepository rollouts;

	private final PackageRepository packages;

	private final RegionService regions;

	private final BranchService branches;

	private final OfferIndexHolder holder;

	private final CurrentUser currentUser;

	private final AuditLog audit;

	private final Clock clock;

	@SuppressWarnings("java:S107") // collaborators injected by Spring
	RolloutService(RolloutRepository rollouts, PackageRepository packages, RegionService regions,
			BranchService branches, OfferIndexHolder holder, CurrentUser currentUser, AuditLog audit, Clock clock) {
		this.rollouts = rollouts;
		this.packages = packages;
		this.regions = regions;
		this.branches = branches;
		this.holder = holder;
		this.currentUser = currentUser;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Rollout> all() {
		Map<Long, PackageEntity> byId = packages.findAll()
			.stream()
			.collect(Collectors.toMap(PackageEntity::getId, Function.identity()));
		return rollouts.findAllByOrderByIdAsc().stream().map(r -> view(r, byId.get(r.getPackageId()))).toList();
	}

	@Transactional(readOnly = true)
	public Rollout get(long id) {
		RolloutEntity entity = rollouts.findById(id)
			.orElseThrow(() -> new BusinessException("promotion.rollout.notFound"));
		return view(entity, packages.findById(entity.getPackageId()).orElse(null));
	}

	public Rollout save(RolloutCommand command) {
		PackageEntity pack = command.packageId() == null ? null : packages.findById(command.packageId()).orElse(null);
		String name = check(command, pack);
		RolloutEntity entity;
		Map<AuditField, Object> before = null;
		if (command.id() == null) {
			entity = new RolloutEntity(pack.getId());
		}
		else {
			entity = rollouts.findById(command.id())
				.orElseThrow(() -> new BusinessException("promotion.rollout.notFound"));
			ConcurrentEditException.check(command.lockVersion() == null ? -1 : command.lockVersion(),
					entity.getLockVersion());
			before = auditFields(view(entity, packages.findById(entity.getPackageId()).orElse(null)));
		}
		List<TargetRow> rows = new StagePlan(command.stages(), command.exclusions()).rows();
		entity.write(pack.getId(), name, command.priority(), command.quotaPerBranch(), command.endsAt(), rows,
				currentUser.actorName(), clock.instant());
		RolloutEntity saved = rollouts.saveAndFlush(entity);
		Rollout after = view(saved, pack);
		audit.record(currentUser.actorName(),
				command.id() == null ? AuditAction.ROLLOUT_CREATED : AuditAction.ROLLOUT_CHANGED, after.name(),
				before == null ? AuditDetail.values(auditFields(after))
						: AuditDetail.changes(before, auditFields(after)));
		holder.changed();
		return after;
	}

	/** Pauses (offers stop at once, quotas kept) or resumes a rollout. */
	public Rollout setPaused(long id, long lockVersion, boolean paused) {
		RolloutEntity entity = rollouts.findById(id)
			.orElseThrow(() -> new BusinessException("promotion.rollout.notFound"));
		ConcurrentEditException.check(lockVersion, entity.getLockVersion());
		entity.pause(paused, currentUser.actorName(), clock.instant());
		RolloutEntity saved = rollouts.saveAndFlush(entity);
		audit.record(currentUser.actorName(), paused ? AuditAction.ROLLOUT_PAUSED : AuditAction.ROLLOUT_RESUMED,
				saved.getName(), null);
		holder.changed();
		return view(saved, packages.findById(saved.getPackageId()).orElse(null));
	}

	/**
	 * Pairs of rollouts of the same package, both running (not paused), whose schedules
	 * overlap and whose reach shares a branch; each pair is reported once from each side.
	 */
	@Transactional(readOnly = true)
	public List<RolloutConflict> conflicts() {
		List<Rollout> live = all().stream().filter(r -> !r.paused()).toList();
		RegionTree tree = regions.tree();
		Map<Long, Long> branchRegions = new HashMap<>();
		Function<Long, Long> regionOfBranch = id -> branchRegions.computeIfAbsent(id, b -> branches.get(b).regionId());
		List<RolloutConflict> conflicts = new ArrayList<>();
		for (int i = 0; i < live.size(); i++) {
			for (int j = i + 1; j < live.size(); j++) {
				Rollout a = live.get(i);
				Rollout b = live.get(j);
				if (a.packageId() == b.packageId() && overlapInTime(a, b)
						&& overlapInReach(a, b, tree, regionOfBranch)) {
					conflicts.add(new RolloutConflict(a.id(), b.id(), b.name(), a.packageCode()));
					conflicts.add(new RolloutConflict(b.id(), a.id(), a.name(), b.packageCode()));
				}
			}
		}
		return conflicts;
	}

	private static boolean overlapInTime(Rollout a, Rollout b) {
		Instant aEnd = a.endsAt() == null ? Instant.MAX : a.endsAt();
		Instant bEnd = b.endsAt() == null ? Instant.MAX : b.endsAt();
		return a.startsAt().isBefore(bEnd) && b.startsAt().isBefore(aEnd);
	}

	private static boolean overlapInReach(Rollout a, Rollout b, RegionTree tree, Function<Long, Long> regionOfBranch) {
		for (RolloutTarget x : reach(a)) {
			for (RolloutTarget y : reach(b)) {
				if (overlap(x, y, tree, regionOfBranch)) {
					return true;
				}
			}
		}
		return false;
	}

	private static Set<RolloutTarget> reach(Rollout r) {
		return r.stages().stream().flatMap(s -> s.targets().stream()).collect(Collectors.toSet());
	}

	private static boolean overlap(RolloutTarget x, RolloutTarget y, RegionTree tree,
			Function<Long, Long> regionOfBranch) {
		if (x.kind() == TargetKind.NETWORK || y.kind() == TargetKind.NETWORK) {
			return true;
		}
		if (x.kind() == TargetKind.BRANCH && y.kind() == TargetKind.BRANCH) {
			return x.refId().equals(y.refId());
		}
		if (x.kind() == TargetKind.REGION && y.kind() == TargetKind.REGION) {
			return tree.within(x.refId(), y.refId()) || tree.within(y.refId(), x.refId());
		}
		RolloutTarget branch = x.kind() == TargetKind.BRANCH ? x : y;
		RolloutTarget region = x.kind() == TargetKind.REGION ? x : y;
		return tree.within(regionOfBranch.apply(branch.refId()), region.refId());
	}

	/** Refuses what cannot be saved; the name as it is kept. */
	private String check(RolloutCommand c, PackageEntity pack) {
		if (pack == null) {
			throw BusinessException.forField("packageId", "promotion.rollout.package.required");
		}
		if (PackageStatus.valueOf(pack.getStatus()) == PackageStatus.RETIRED) {
			throw BusinessException.forField("packageId", "promotion.rollout.package.retired", pack.getCode());
		}
		String name = TextHygiene.line("name", c.name(), RolloutCommand.NAME_MOST);
		if (name == null) {
			throw BusinessException.forField("name", "promotion.rollout.name.required");
		}
		if (c.priority() == null || c.priority() < 1 || c.priority() > LOWEST_PRIORITY) {
			throw BusinessException.forField("priority", "promotion.rollout.priority.range", LOWEST_PRIORITY);
		}
		if (c.quotaPerBranch() != null && (c.quotaPerBranch() < 1 || c.quotaPerBranch() > LARGEST_QUOTA)) {
			throw BusinessException.forField("quotaPerBranch", "promotion.rollout.quota.range", LARGEST_QUOTA);
		}
		StagePlan plan = new StagePlan(c.stages(), c.exclusions());
		RegionTree tree = regions.tree();
		StagePlan.TargetCheck exists = (target, field) -> StagePlan.regionOf(target, tree, branches, field, REFUSALS);
		plan.checkStages(REFUSALS, exists);
		if (c.endsAt() != null && !c.endsAt().isAfter(c.stages().get(0).startsAt())) {
			throw BusinessException.forField("endsAt", "promotion.rollout.end.beforeStart");
		}
		plan.checkExclusions(REFUSALS, exists);
		return name;
	}

	/**
	 * What the audit log shows of a rollout: each stage as its start and what it reaches,
	 * regions and branches by name.
	 */
	private Map<AuditField, Object> auditFields(Rollout r) {
		Map<AuditField, Object> fields = AuditDetail.fields(AuditField.NAME, r.name(), AuditField.PACKAGE,
				r.packageName(), AuditField.PRIORITY, r.priority(), AuditField.QUOTA, r.quotaPerBranch(),
				AuditField.ENDS_AT, r.endsAt());
		fields.putAll(new StagePlan(r.stages(), r.exclusions()).audited(regions.all(), branches));
		return fields;
	}

	static Rollout view(RolloutEntity e, PackageEntity pack) {
		StagePlan plan = StagePlan.of(e.getTargets());
		return new Rollout(e.getId(), e.getLockVersion(), e.getPackageId(), pack == null ? "?" : pack.getCode(),
				pack == null ? "?" : pack.getName(), e.getName(), e.getPriority(), e.getQuotaPerBranch(), e.getEndsAt(),
				e.isPaused(), plan.stages(), plan.exclusions(), e.getUpdatedBy(), e.getUpdatedAt());
	}

}
