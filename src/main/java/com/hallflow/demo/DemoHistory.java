package com.hallflow.demo;

import com.hallflow.base.ClockConfiguration;
import com.hallflow.base.CustomerGrade;
import com.hallflow.flowdesign.CustomerField;
import com.hallflow.flowdesign.InputDefinition;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowexecution.SessionEndRelay;
import com.hallflow.flowexecution.RunningSession;
import com.hallflow.flowexecution.ServiceSessionService;
import com.hallflow.flowexecution.SignatureCapture;
import com.hallflow.flowexecution.StartSessionCommand;
import com.hallflow.flowexecution.StepSubmission;
import com.hallflow.flowexecution.SubmitResult;
import com.hallflow.organization.BranchService;
import com.hallflow.organization.BranchSummary;
import com.hallflow.promotion.DeclineReason;
import com.hallflow.promotion.Offer;
import com.hallflow.promotion.OfferAnswer;
import com.hallflow.promotion.OfferOutcome;
import com.hallflow.promotion.OfferService;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.security.UserSummary;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * A few weeks of counter work for the embedded demo, so that a newcomer's first look at
 * the dashboards and records shows something alive. Every session is served through the
 * real session service by the demo's clerks (signed in as them), with the clock pinned to
 * the moment each step happens: records, receipts, offers and the rollups are exactly
 * what real work would leave. A fixed seed makes every demo database tell the same story:
 * clerks differ in speed and in how often they leave the optional checklist items
 * (复印身份证件) unticked; some lines are suspended and go through bill payment first; a few
 * customers walk away.
 */
@Component
@Profile("demo")
class DemoHistory {

	private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

	/** Flows in the proportions a branch sees them. */
	private static final List<String> MIX = List.of("BILL_PAYMENT", "BILL_PAYMENT", "BILL_PAYMENT", "PLAN_CHANGE",
			"PLAN_CHANGE", "NEW_SUBSCRIPTION", "NEW_SUBSCRIPTION", "SIM_REPLACEMENT", "SIM_REPLACEMENT",
			"PASSWORD_RESET", "PASSWORD_RESET", "OWNERSHIP_TRANSFER", "ACCOUNT_CLOSURE");

	private final ServiceSessionService sessions;

	private final OfferService offers;

	private final BranchService branches;

	private final SessionEndRelay ended;

	private final HistoryClock clock;

	private final DemoCustomers customers;

	private final Random random = new Random(20261127);

	DemoHistory(ServiceSessionService sessions, OfferService offers, BranchService branches, SessionEndRelay ended,
			HistoryClock clock, DemoCustomers customers) {
		this.sessions = sessions;
		this.customers = customers;
		this.offers = offers;
		this.branches = branches;
		this.ended = ended;
		this.clock = clock;
	}

	/**
	 * One clerk's habits: minutes per step, and how often an optional item is left
	 * unticked.
	 */
	record Habit(UserSummary clerk, double pace, double skips) {
	}

	/**
	 * Serves {@code perDay} customers a working day per clerk over the {@code days}
	 * before today, while {@code going} says so (the application may be stopped
	 * meanwhile: what was served stays, the rest is not served).
	 */
	int generate(List<Habit> clerks, int days, int perDay, BooleanSupplier going) {
		long started = System.nanoTime();
		LocalDate today = LocalDate.ofInstant(clock.instant(), ClockConfiguration.BUSINESS_ZONE);
		int served = 0;
		Map<Long, BranchSummary> branchesById = new HashMap<>();
		try {
			for (LocalDate day = today.minusDays(days); day.isBefore(today); day = day.plusDays(1)) {
				boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
				for (Habit habit : clerks) {
					int customers = Math.max(1, perDay + random.nextInt(3) - 1 + (weekend ? 2 : 0));
					Instant at = day.atTime(LocalTime.of(9, random.nextInt(30)))
						.atZone(ClockConfiguration.BUSINESS_ZONE)
						.toInstant();
					for (int i = 0; i < customers && going.getAsBoolean(); i++) {
						at = SystemAuthentication.callAs(habit.clerk(), serveAt(habit, at, branchesById));
						at = at.plus(Duration.ofMinutes(5 + random.nextInt(40)));
						served++;
					}
				}
			}
		}
		finally {
			clock.release();
		}
		if (!going.getAsBoolean()) {
			log.info("Demo history stopped with the application after {} sessions", served);
			return served;
		}
		ended.relayPending();
		log.info("Demo history: {} sessions over {} days served in {} s", served, days,
				(System.nanoTime() - started) / 1_000_000_000);
		return served;
	}

	/** Serves one customer from {@code at}; returns when the clerk is free again. */
	private Supplier<Instant> serveAt(Habit habit, Instant start, Map<Long, BranchSummary> branchesById) {
		return () -> {
			Instant at = start;
			clock.pin(at);
			String grade = CustomerGrade.values()[random.nextInt(CustomerGrade.values().length)].name();
			DemoCustomers.Customer customer = customers.next(random);
			// most customers give their name and number at once, some only at a step; the
			// clerk mostly chooses how to address them
			RunningSession session = sessions.start(new StartSessionCommand(MIX.get(random.nextInt(MIX.size())), false,
					random.nextInt(6) == 0 ? null : customer.name(), random.nextInt(6) == 0 ? null : customer.mobile(),
					grade, random.nextInt(3) == 0 ? null : customer.salutation().name()));
			BranchSummary branch = branchesById.computeIfAbsent(habit.clerk().branchId(), branches::get);
			boolean walksAway = random.nextInt(25) == 0;
			for (int step = 0; session.running() && step < 60; step++) {
				at = at.plusSeconds((long) (habit.pace() * (20 + random.nextInt(70))));
				clock.pin(at);
				if (walksAway && step == 1 + random.nextInt(3)) {
					sessions.abandon(session.id(), "客户临时有事离开");
					break;
				}
				SubmitResult result = sessions.submit(session.id(), fill(session, customer, habit, branch));
				if (!result.errors().isEmpty()) {
					sessions.abandon(session.id(), "资料不全，请客户补齐后再来");
					break;
				}
				session = result.session();
			}
			return at;
		};
	}

	/**
	 * The step's inputs as the customer answers them: their own number, ID and name; a
	 * second ID on the same step (过户's new holder) is another person's.
	 */
	private StepSubmission fill(RunningSession session, DemoCustomers.Customer customer, Habit habit,
			BranchSummary branch) {
		StepDefinition step = session.currentStep();
		Map<String, String> values = new LinkedHashMap<>();
		List<SignatureCapture> signatures = new ArrayList<>();
		boolean ownId = true;
		for (InputDefinition input : step.inputs()) {
			switch (input.type()) {
				case SIGNATURE -> input.parties().forEach(p -> signatures.add(SignatureCapture.paper(input.key(), p)));
				case YES_NO -> values.put(input.key(), answer(input.key()));
				case MOBILE -> values.put(input.key(), customer.mobile());
				case RESIDENT_ID -> {
					values.put(input.key(), ownId ? customer.idNumber() : customers.next(random).idNumber());
					ownId = false;
				}
				case MONEY -> values.put(input.key(), (20 + random.nextInt(180)) + ".00");
				case NUMBER -> values.put(input.key(), Integer.toString(1 + random.nextInt(100)));
				case CHOICE -> values.put(input.key(), input.options().get(random.nextInt(input.options().size())));
				case DATE -> values.put(input.key(),
						LocalDate.ofInstant(clock.instant(), ClockConfiguration.BUSINESS_ZONE).toString());
				case TEXT -> values.put(input.key(), input.context() == CustomerField.NAME ? customer.name() : "已核实");
			}
		}
		Set<Integer> checked = new TreeSet<>();
		for (int i = 0; i < step.checklist().size(); i++) {
			if (step.checklist().get(i).mandatory() || random.nextDouble() >= habit.skips()) {
				checked.add(i);
			}
		}
		List<OfferAnswer> answers = new ArrayList<>();
		if (step.promotionSlot()) {
			for (Offer offer : offers.offers(branch, session.currentFlowKey(), step.key(), session.customerGrade(),
					step.offerLimit())) {
				int roll = random.nextInt(8);
				answers.add(roll < 2 ? new OfferAnswer(offer.packageId(), OfferOutcome.ACCEPTED, null)
						: roll < 7
								? new OfferAnswer(offer.packageId(), OfferOutcome.DECLINED,
										DeclineReason.values()[random.nextInt(DeclineReason.values().length)])
								: new OfferAnswer(offer.packageId(), OfferOutcome.NOT_OFFERED, null));
			}
		}
		return new StepSubmission(session.sequence(), values, checked, signatures, answers);
	}

	/**
	 * The customer's answers to the flows' yes/no questions: mostly the usual path,
	 * sometimes not.
	 */
	private String answer(String key) {
		return switch (key) {
			case "suspended", "inArrears" -> Boolean.toString(random.nextInt(6) == 0);
			case "accepted", "conditionsMet" -> Boolean.toString(random.nextInt(12) != 0);
			case "retained" -> Boolean.toString(random.nextInt(4) == 0);
			case "knowsPassword" -> Boolean.toString(random.nextBoolean());
			default -> "true";
		};
	}

}
