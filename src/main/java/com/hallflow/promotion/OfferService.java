package com.hallflow.promotion;

import com.hallflow.base.BusinessException;
import com.hallflow.base.CustomerGrade;
import com.hallflow.flowdesign.PublishedFlow;
import com.hallflow.flowdesign.PublishedFlowService;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.organization.BranchService;
import com.hallflow.organization.BranchSummary;
import com.hallflow.promotion.internal.OfferIndexHolder;
import com.hallflow.promotion.internal.OfferResponseEntity;
import com.hallflow.promotion.internal.OfferResponseRepository;
import com.hallflow.promotion.internal.Quotas;
import com.hallflow.security.AnyStaff;
import com.hallflow.security.AppUser;
import com.hallflow.security.AtTheCounter;
import com.hallflow.security.CurrentUser;
import com.hallflow.security.HeadOffice;
import com.hallflow.security.Supervisor;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The offers at the counter: what a step shows a clerk (resolved from this node's index
 * and the branch's quota usage), recording the customer's answers with the step, the
 * answers of a session for its receipt, and head office's preview of what any branch
 * would see at any time.
 */
@Service
public class OfferService {

	/** A step of a published flow with the offers a branch would see there. */
	public record PreviewStep(String flowKey, String flowName, String stepKey, String stepTitle, int limit,
			List<Offer> offers) {
	}

	private final OfferIndexHolder holder;

	private final Quotas quotas;

	private final OfferResponseRepository responses;

	private final BranchService branches;

	private final PublishedFlowService flows;

	private final CurrentUser currentUser;

	private final Clock clock;

	OfferService(OfferIndexHolder holder, Quotas quotas, OfferResponseRepository responses, BranchService branches,
			PublishedFlowService flows, CurrentUser currentUser, Clock clock) {
		this.holder = holder;
		this.quotas = quotas;
		this.responses = responses;
		this.branches = branches;
		this.flows = flows;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/** What a clerk of this branch offers now at this step, best first. */
	@AtTheCounter
	public List<Offer> offers(BranchSummary branch, String flowKey, String stepKey, String grade, int limit) {
		if (!holder.current().index().offersAt(flowKey, stepKey)) {
			return List.of();
		}
		checkScope(branch.id());
		return resolve(branch.id(), branch.regionId(), flowKey, stepKey, grade, clock.instant(), limit,
				usage(branch.id()));
	}

	/**
	 * Records the answers given at a submitted step, in the caller's transaction. Every
	 * offer the step shows needs an answer; an answer must concern an offer still in
	 * effect; a decline needs a reason. Nothing is written unless all is well; an
	 * acceptance that finds the quota used up throws {@link QuotaUsedUp}, which rolls the
	 * step back. Practice uses no quota.
	 */
	@AtTheCounter
	@Transactional(propagation = Propagation.MANDATORY)
	public List<OfferProblem> record(OfferRecording recording) {
		if (recording.answers().isEmpty()
				&& !holder.current().index().offersAt(recording.flowKey(), recording.stepKey())) {
			// nothing is promoted at this step anywhere: no answer is due, nothing to
			// read or write
			return List.of();
		}
		AppUser clerk = currentUser.require();
		if (clerk.branchId().map(own -> own != recording.branchId()).orElse(true)) {
			throw new BusinessException("organization.branch.notFound");
		}
		BranchSummary branch = branches.get(recording.branchId());
		Instant now = clock.instant();
		Supplier<Map<Long, Integer>> used = usage(recording.branchId());
		List<Offer> shown = resolve(branch.id(), branch.regionId(), recording.flowKey(), recording.stepKey(),
				recording.grade(), now, recording.limit(), used);
		Map<Long, Offer> inEffect = new HashMap<>();
		resolve(branch.id(), branch.regionId(), recording.flowKey(), recording.stepKey(), recording.grade(), now,
				Integer.MAX_VALUE, () -> Map.of())
			.forEach(o -> inEffect.put(o.packageId(), o));
		Map<Long, OfferAnswer> answers = new HashMap<>();
		recording.answers().forEach(a -> answers.put(a.packageId(), a));
		List<OfferProblem> problems = new ArrayList<>();
		for (OfferAnswer answer : recording.answers()) {
			if (!inEffect.containsKey(answer.packageId())) {
				problems.add(new OfferProblem(answer.packageId(), "promotion.offer.gone"));
			}
			else if (answer.outcome() == null) {
				problems.add(new OfferProblem(answer.packageId(), "promotion.offer.answerRequired"));
			}
			else if (answer.outcome() == OfferOutcome.DECLINED && answer.declineReason() == null) {
				problems.add(new OfferProblem(answer.packageId(), "promotion.offer.reasonRequired"));
			}
		}
		for (Offer offer : shown) {
			if (!answers.containsKey(offer.packageId())) {
				problems.add(new OfferProblem(offer.packageId(), "promotion.offer.answerRequired"));
			}
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		for (OfferAnswer answer : recording.answers()) {
			Offer offer = inEffect.get(answer.packageId());
			Integer quota = offer.quotaLeft() == null ? null : quotaOf(offer);
			if (answer.outcome() == OfferOutcome.ACCEPTED && quota != null && !recording.practice()
					&& !quotas.take(offer.rolloutId(), branch.id(), quota)) {
				throw new QuotaUsedUp(offer.packageId());
			}
			responses.save(new OfferResponseEntity(recording.sessionId(), recording.sequence(), branch.id(), clerk.id(),
					recording.flowKey(), recording.stepKey(), offer.packageId(), offer.packageCode(),
					offer.packageName(), offer.monthlyPrice(), offer.rolloutId(), answer.outcome().name(),
					answer.outcome() == OfferOutcome.DECLINED ? answer.declineReason().name() : null,
					recording.practice(), now));
		}
		return List.of();
	}

	/**
	 * The answers recorded in a session, in step order, for its receipt and record;
	 * whether the caller may read the session is checked by the caller. Branch users get
	 * only answers given at their own branch.
	 */
	@AnyStaff
	@Transactional(readOnly = true)
	public List<RecordedOffer> recorded(String sessionId) {
		List<OfferResponseEntity> answers = responses.findBySessionIdOrderByStepSequenceAscIdAsc(sessionId);
		if (answers.isEmpty()) {
			// most sessions answer no offer: no need to read who is asking (a user and a
			// branch read)
			return List.of();
		}
		Optional<Long> scope = currentUser.branchScope();
		return answers.stream()
			.filter(r -> scope.map(own -> own == r.getBranchId()).orElse(true))
			.map(OfferService::recorded)
			.toList();
	}

	/**
	 * The answers recorded in each of these sessions, in step order, with one query: for
	 * the relay of ended sessions, which runs as the system (head office).
	 */
	@HeadOffice
	@Transactional(readOnly = true)
	public Map<String, List<RecordedOffer>> recorded(Collection<String> sessionIds) {
		Map<String, List<RecordedOffer>> bySession = new HashMap<>();
		if (!sessionIds.isEmpty()) {
			responses.findBySessionIdInOrderByStepSequenceAscIdAsc(sessionIds)
				.forEach(r -> bySession.computeIfAbsent(r.getSessionId(), k -> new ArrayList<>()).add(recorded(r)));
		}
		return bySession;
	}

	private static RecordedOffer recorded(OfferResponseEntity r) {
		return new RecordedOffer(r.getStepSequence(), r.getFlowKey(), r.getStepKey(), r.getPackageId(),
				r.getPackageCode(), r.getPackageName(), r.getMonthlyPrice(), OfferOutcome.valueOf(r.getOutcome()),
				r.getDeclineReason() == null ? null : DeclineReason.valueOf(r.getDeclineReason()), r.getRecordedAt());
	}

	/**
	 * Exactly what the clerks of a branch would see at every promotion step of every
	 * published flow at an instant, for a customer grade (null = grade unknown); quota
	 * usage as it is now.
	 */
	@HeadOffice
	@Transactional(readOnly = true)
	public List<PreviewStep> preview(long branchId, Instant at, CustomerGrade grade) {
		BranchSummary branch = branches.get(branchId);
		Supplier<Map<Long, Integer>> used = usage(branchId);
		List<PreviewStep> steps = new ArrayList<>();
		for (PublishedFlow flow : flows.startable()) {
			for (StepDefinition step : flow.document().steps()) {
				if (step.promotionSlot()) {
					steps.add(new PreviewStep(flow.key(), flow.document().name(), step.key(), step.title(),
							step.offerLimit(), resolve(branchId, branch.regionId(), flow.key(), step.key(),
									grade == null ? null : grade.name(), at, step.offerLimit(), used)));
				}
			}
		}
		return steps;
	}

	/**
	 * The rollouts that reach a branch and have not ended: running now, paused or still
	 * to come, soonest first, with the branch's quota usage and its clerks' answers so
	 * far.
	 */
	@Supervisor
	@Transactional(readOnly = true)
	public List<BranchPromotion> atBranch(long branchId) {
		checkScope(branchId);
		BranchSummary branch = branches.get(branchId);
		long[] path = holder.regionPath(branch.regionId());
		OfferIndexHolder.Built built = holder.current();
		Map<Long, OfferIndex.PackageRule> packs = new HashMap<>();
		built.rules().packages().forEach(p -> packs.put(p.id(), p));
		Map<Long, Integer> used = quotas.usedAt(branchId);
		Map<Long, long[]> counts = new HashMap<>();
		for (Object[] row : responses.countByRolloutAndOutcome(branchId)) {
			long[] c = counts.computeIfAbsent(((Number) row[0]).longValue(), k -> new long[3]);
			c[OfferOutcome.valueOf((String) row[1]).ordinal()] += ((Number) row[2]).longValue();
		}
		Instant now = clock.instant();
		List<BranchPromotion> result = new ArrayList<>();
		for (OfferIndex.RolloutRule rollout : built.rules().rollouts()) {
			OfferIndex.PackageRule pack = packs.get(rollout.packageId());
			Instant from = reachesFrom(rollout, branchId, path);
			if (pack == null || from == null || pack.status() == PackageStatus.DRAFT) {
				continue;
			}
			if (from.isBefore(pack.validFrom())) {
				from = pack.validFrom();
			}
			Instant until = earlier(rollout.endsAt(), pack.validUntil());
			if ((until != null && !until.isAfter(now)) || pack.status() == PackageStatus.RETIRED) {
				continue;
			}
			long[] c = counts.getOrDefault(rollout.id(), new long[3]);
			result.add(new BranchPromotion(rollout.id(), rollout.name(), pack.code(), pack.name(), pack.category(),
					pack.monthlyPrice(), from, until, RolloutState.at(now, rollout.paused(), from, until),
					rollout.quotaPerBranch(), used.getOrDefault(rollout.id(), 0), c[OfferOutcome.ACCEPTED.ordinal()],
					c[OfferOutcome.DECLINED.ordinal()], c[OfferOutcome.NOT_OFFERED.ordinal()]));
		}
		result.sort(Comparator.comparing(BranchPromotion::activeNow)
			.reversed()
			.thenComparing(BranchPromotion::from)
			.thenComparing(BranchPromotion::packageCode));
		return result;
	}

	/**
	 * When the rollout's first stage reaching this branch starts; null when none does or
	 * it is excluded.
	 */
	private static Instant reachesFrom(OfferIndex.RolloutRule rollout, long branchId, long[] path) {
		for (RolloutTarget excluded : rollout.exclusions()) {
			if (covers(excluded, branchId, path)) {
				return null;
			}
		}
		for (Stage stage : rollout.stages()) {
			if (stage.targets().stream().anyMatch(t -> covers(t, branchId, path))) {
				return stage.startsAt();
			}
		}
		return null;
	}

	private static boolean covers(RolloutTarget target, long branchId, long[] path) {
		return switch (target.kind()) {
			case NETWORK -> true;
			case BRANCH -> target.refId() == branchId;
			case REGION -> Arrays.stream(path).anyMatch(r -> r == target.refId());
		};
	}

	private static Instant earlier(Instant a, Instant b) {
		if (a == null) {
			return b;
		}
		return b == null || a.isBefore(b) ? a : b;
	}

	private List<Offer> resolve(long branchId, long regionId, String flowKey, String stepKey, String grade, Instant at,
			int limit, Supplier<Map<Long, Integer>> used) {
		OfferIndexHolder.Built built = holder.current();
		long[] path = holder.regionPath(regionId);
		return built.index()
			.resolve(new OfferIndex.Query(branchId, path, flowKey, stepKey, grade, at, limit),
					rolloutId -> used.get().getOrDefault(rolloutId, 0));
	}

	/**
	 * The branch's quota usage, read once and only if an offer with a quota is
	 * considered.
	 */
	private Supplier<Map<Long, Integer>> usage(long branchId) {
		Map<Long, Integer>[] read = new Map[1];
		return () -> {
			if (read[0] == null) {
				read[0] = quotas.usedAt(branchId);
			}
			return read[0];
		};
	}

	private Integer quotaOf(Offer offer) {
		return holder.current().index().quotaOf(offer.rolloutId());
	}

	private void checkScope(long branchId) {
		if (currentUser.branchScope().map(own -> own != branchId).orElse(false)) {
			throw new BusinessException("organization.branch.notFound");
		}
	}

}
