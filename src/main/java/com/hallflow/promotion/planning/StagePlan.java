package com.hallflow.promotion.planning;

import com.hallflow.base.AuditDetail;
import com.hallflow.base.AuditField;
import com.hallflow.base.BusinessException;
import com.hallflow.organization.BranchService;
import com.hallflow.organization.RegionNode;
import com.hallflow.organization.RegionTree;
import com.hallflow.promotion.RolloutTarget;
import com.hallflow.promotion.Stage;
import com.hallflow.promotion.TargetKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A rollout's stages and what the whole rollout leaves out, as promotion's rollouts and
 * module variant's rollouts of flow versions keep ({@link TargetRow}s), read and check
 * them alike. Each module refuses with its own messages ({@link Refusals}).
 */
public record StagePlan(List<Stage> stages, List<RolloutTarget> exclusions) {

	/** The message keys a plan is refused with. */
	public record Refusals(String stagesRequired, String stageStartRequired, String stageOrder,
			String stageTargetsRequired, String exclusionNetwork, String targetUnknown) {
	}

	/** Refuses a stage's target or an exclusion at the field named. */
	@FunctionalInterface
	public interface TargetCheck {

		void check(RolloutTarget target, String field);

	}

	/**
	 * The plan the rows hold: stages in their number's order, exclusions as they come.
	 */
	public static StagePlan of(List<TargetRow> rows) {
		TreeMap<Integer, List<RolloutTarget>> stageTargets = new TreeMap<>();
		Map<Integer, Instant> starts = new HashMap<>();
		List<RolloutTarget> exclusions = new ArrayList<>();
		for (TargetRow row : rows) {
			RolloutTarget target = new RolloutTarget(TargetKind.valueOf(row.kind()), row.refId());
			if (row.excluded()) {
				exclusions.add(target);
			}
			else {
				stageTargets.computeIfAbsent(row.stageNo(), k -> new ArrayList<>()).add(target);
				starts.put(row.stageNo(), row.startsAt());
			}
		}
		List<Stage> stages = stageTargets.entrySet()
			.stream()
			.map(s -> new Stage(starts.get(s.getKey()), s.getValue()))
			.toList();
		return new StagePlan(stages, exclusions);
	}

	/** The rows to keep: stages numbered from 1, exclusions as stage 0. */
	public List<TargetRow> rows() {
		List<TargetRow> rows = new ArrayList<>();
		int stageNo = 0;
		for (Stage stage : stages) {
			stageNo++;
			for (RolloutTarget target : stage.targets()) {
				rows.add(new TargetRow(stageNo, stage.startsAt(), target.kind().name(), target.refId(), false));
			}
		}
		for (RolloutTarget target : exclusions) {
			rows.add(new TargetRow(0, null, target.kind().name(), target.refId(), true));
		}
		return rows;
	}

	/**
	 * Refuses a plan without stages, a stage without a start, one starting no later than
	 * the stage before it or reaching nothing, and a target the check refuses; stage by
	 * stage, at the field {@code stages}.
	 */
	public void checkStages(Refusals refusals, TargetCheck targets) {
		if (stages.isEmpty()) {
			throw BusinessException.forField("stages", refusals.stagesRequired());
		}
		Instant previous = null;
		for (int i = 0; i < stages.size(); i++) {
			Stage stage = stages.get(i);
			if (stage.startsAt() == null) {
				throw BusinessException.forField("stages", refusals.stageStartRequired(), i + 1);
			}
			if (previous != null && !stage.startsAt().isAfter(previous)) {
				throw BusinessException.forField("stages", refusals.stageOrder(), i + 1);
			}
			if (stage.targets().isEmpty()) {
				throw BusinessException.forField("stages", refusals.stageTargetsRequired(), i + 1);
			}
			for (RolloutTarget target : stage.targets()) {
				targets.check(target, "stages");
			}
			previous = stage.startsAt();
		}
	}

	/**
	 * Refuses leaving out the whole network and an exclusion the check refuses, at the
	 * field {@code exclusions}.
	 */
	public void checkExclusions(Refusals refusals, TargetCheck targets) {
		for (RolloutTarget excluded : exclusions) {
			if (excluded.kind() == TargetKind.NETWORK) {
				throw BusinessException.forField("exclusions", refusals.exclusionNetwork());
			}
			targets.check(excluded, "exclusions");
		}
	}

	/**
	 * What the audit log shows of the plan: each stage as its start and what it reaches,
	 * then what is left out; regions and branches by name.
	 */
	public Map<AuditField, Object> audited(List<RegionNode> regions, BranchService branches) {
		return audited(regions, branches, AuditDetail.words("promotion.target.network"));
	}

	/**
	 * As {@link #audited(List, BranchService)}, with what the plan's "network" is called:
	 * the region of a plan that stays in one (a region's overlay) reaches that region,
	 * not the network.
	 */
	public Map<AuditField, Object> audited(List<RegionNode> regions, BranchService branches, Object network) {
		Map<Long, String> regionNames = regions.stream().collect(Collectors.toMap(RegionNode::id, RegionNode::name));
		Function<RolloutTarget, Object> named = t -> switch (t.kind()) {
			case NETWORK -> network;
			case REGION -> regionNames.getOrDefault(t.refId(), String.valueOf(t.refId()));
			case BRANCH -> branches.get(t.refId()).name();
		};
		return AuditDetail.fields(AuditField.STAGES,
				stages.stream()
					.map(s -> AuditDetail.words("promotion.audit.stage", s.startsAt(),
							s.targets().stream().map(named).toList()))
					.toList(),
				AuditField.EXCLUSIONS, exclusions.stream().map(named).toList());
	}

	/**
	 * The region a target lies in: the region itself, a branch's region, null for the
	 * network; refuses a region or branch that does not exist (or that the caller cannot
	 * see) at the field.
	 */
	public static Long regionOf(RolloutTarget target, RegionTree tree, BranchService branches, String field,
			Refusals refusals) {
		return switch (target.kind()) {
			case NETWORK -> null;
			case REGION -> {
				if (!tree.contains(target.refId())) {
					throw BusinessException.forField(field, refusals.targetUnknown());
				}
				yield target.refId();
			}
			case BRANCH -> {
				try {
					yield branches.get(target.refId()).regionId();
				}
				catch (BusinessException e) {
					throw BusinessException.forField(field, refusals.targetUnknown());
				}
			}
		};
	}

}
