package com.hallflow.flowexecution.internal;

import com.hallflow.base.ClockConfiguration;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowexecution.EndedSessionFacts;
import com.hallflow.flowexecution.SessionStatus;
import com.hallflow.flowexecution.engine.Frame;
import com.hallflow.flowexecution.engine.RunState;
import com.hallflow.promotion.OfferService;
import com.hallflow.promotion.RecordedOffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What the listeners of ended sessions are told about them, rebuilt from their stored
 * steps (read for all of them at once, as are their offers): where an abandoned one
 * stood, the checklist items a completed one left unticked on its final path (optional
 * ones: the engine enforces the mandatory), and the offers answered on that path.
 */
@Component
public class EndedSessionFactsReader {

	private final StepRecordRepository records;

	private final SessionReplay replays;

	private final OfferService offers;

	EndedSessionFactsReader(StepRecordRepository records, SessionReplay replays, OfferService offers) {
		this.records = records;
		this.replays = replays;
		this.offers = offers;
	}

	public List<EndedSessionFacts> of(List<ServiceSessionEntity> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<StepRecordEntity>> stepsBySession = new HashMap<>();
		records.findBySessionIdInOrderBySequenceAsc(rows.stream().map(ServiceSessionEntity::getId).toList())
			.forEach(r -> stepsBySession.computeIfAbsent(r.getSessionId(), k -> new ArrayList<>()).add(r));
		Map<String, List<RecordedOffer>> offersBySession = offers
			.recorded(rows.stream().map(ServiceSessionEntity::getPublicId).toList());
		return rows.stream()
			.map(row -> of(SessionSnapshot.of(row), stepsBySession.getOrDefault(row.getId(), List.of()),
					offersBySession.getOrDefault(row.getPublicId(), List.of())))
			.toList();
	}

	private EndedSessionFacts of(SessionSnapshot session, List<StepRecordEntity> steps, List<RecordedOffer> answers) {
		SessionReplay.Replay replay = replays.replayOrKnown(session, steps);
		Integer target = replay.flows().get(session.flowKey()).targetMinutes();
		Instant end = session.endedAt();
		String abandonedAt = null;
		String abandonedAtTitle = null;
		List<EndedSessionFacts.SkippedItem> skipped = new ArrayList<>();
		SessionStatus status = SessionStatus.valueOf(session.status().name());
		Set<Integer> onPath = new HashSet<>();
		for (RunState s = replay.state().previous(); s != null; s = s.previous()) {
			onPath.add(s.sequence());
		}
		List<EndedSessionFacts.Offer> offersOnPath = answers.stream()
			.filter(o -> onPath.contains(o.stepSequence()))
			.map(o -> new EndedSessionFacts.Offer(o.packageId(), o.packageCode(), o.packageName(), o.outcome()))
			.toList();
		if (status == SessionStatus.ABANDONED) {
			Optional<Frame> at = replay.state().current();
			abandonedAt = at.map(f -> f.flow().key() + "/" + f.step().key()).orElse(null);
			abandonedAtTitle = at.map(f -> f.step().title()).orElse(null);
		}
		else {
			Map<Integer, StepRecordEntity> bySequence = new HashMap<>();
			replay.steps().forEach(r -> bySequence.put(r.getSequence(), r));
			for (RunState s = replay.state().previous(); s != null; s = s.previous()) {
				Optional<Frame> frame = s.current();
				StepRecordEntity answered = bySequence.get(s.sequence());
				if (frame.isEmpty() || answered == null || answered.getKind() != StepRecordEntity.Kind.SUBMIT) {
					continue;
				}
				Set<Integer> ticked = StoredSteps.checked(answered.getCheckedItems());
				StepDefinition step = frame.get().step();
				for (int i = 0; i < step.checklist().size(); i++) {
					if (!ticked.contains(i)) {
						skipped.add(new EndedSessionFacts.SkippedItem(frame.get().flow().key(), step.key(), i,
								step.checklist().get(i).text()));
					}
				}
			}
		}
		return new EndedSessionFacts(session.publicId(), session.branchId(), session.clerkId(),
				session.clerkDisplayName(), session.flowKey(), session.flowVersionNumber(), target, session.practice(),
				status, session.outcome(), session.startedAt(), end,
				LocalDate.ofInstant(end, ClockConfiguration.BUSINESS_ZONE), abandonedAt, abandonedAtTitle, skipped,
				offersOnPath);
	}

}
