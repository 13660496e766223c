package com.hallflow.flowdesign;

import com.hallflow.flowdesign.Decision.Rule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every way through a flow from its first step to an end: decisions opened into their
 * branches (each rule and the "otherwise" its own, even when two lead to the same place,
 * since a test-run must try each), a call shown as one leg that either returns or ends
 * the run with one of the called flow's other outcomes, and a loop cut after one turn.
 * Lists at most {@code limit} paths and counts them all (up to {@link #COUNT_CAP} when
 * the flow has loops).
 */
public final class FlowPaths {

	/** Beyond this many paths a flow with loops is only said to have "more". */
	public static final long COUNT_CAP = 1_000_000;

	/**
	 * One step of a path and where it led. {@code branch} is the number of the rule that
	 * led there (from 1), or 0 for the decision's "otherwise" or the next step in order.
	 * {@code callEnded} is the outcome with which a called flow ended the whole run, or
	 * null when the call returned (or the leg is no call).
	 */
	public record Leg(String stepKey, int branch, Target taken, Target.Outcome callEnded) {
	}

	/**
	 * A path's name that stays the same for the same legs: the SHA-256 of the legs
	 * written out one per line (step, branch, where it led, how a call ended).
	 */
	public static String signature(List<Leg> legs) {
		StringBuilder text = new StringBuilder();
		for (Leg leg : legs) {
			Target t = leg.taken();
			text.append(leg.stepKey())
				.append('#')
				.append(leg.branch())
				.append('>')
				.append(t == null ? ""
						: t.type() + ":" + t.step() + ":" + t.flow() + ":" + t.returnTo() + ":" + t.outcome())
				.append('!')
				.append(leg.callEnded())
				.append('\n');
		}
		try {
			return HexFormat.of()
				.formatHex(
						MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A branch of a step: which rule (0 for "otherwise" or the next step) and where it
	 * leads.
	 */
	record Branch(int number, Target target) {
	}

	/**
	 * A path: its legs in order and how it ends — with an outcome, or, for a loop cut
	 * after one turn, {@code loopsTo} names the step it would go back to.
	 */
	public record FlowPath(List<Leg> legs, Target.Outcome outcome, String loopsTo) {

		public FlowPath {
			legs = List.copyOf(legs);
		}

	}

	/** The paths listed (at most the limit asked for) and how many there are in all. */
	public record Listing(List<FlowPath> paths, long total, boolean capped) {

		public Listing {
			paths = List.copyOf(paths);
		}

	}

	private final FlowDocument flow;

	private final Map<String, Set<Target.Outcome>> callOutcomes;

	private final Map<String, Integer> index = new HashMap<>();

	private FlowPaths(FlowDocument flow, Map<String, Set<Target.Outcome>> callOutcomes) {
		this.flow = flow;
		this.callOutcomes = callOutcomes;
		for (int i = 0; i < flow.steps().size(); i++) {
			index.putIfAbsent(flow.steps().get(i).key(), i);
		}
	}

	/**
	 * @param callOutcomes for each flow the draft may call, the outcomes other than
	 * "completed" with which it can end (so the caller's run ends there too)
	 */
	public static Listing of(FlowDocument flow, Map<String, Set<Target.Outcome>> callOutcomes, int limit) {
		if (flow.steps().isEmpty()) {
			return new Listing(List.of(), 0, false);
		}
		return new FlowPaths(flow, callOutcomes).list(limit);
	}

	/** The outcomes other than "completed" with which a run of this flow can end. */
	public static Set<Target.Outcome> endings(FlowDocument flow) {
		Set<Target.Outcome> endings = new LinkedHashSet<>();
		for (StepDefinition step : flow.steps()) {
			if (step.decision() == null) {
				continue;
			}
			for (Rule rule : step.decision().rules()) {
				addEnding(rule.then(), endings);
			}
			addEnding(step.decision().otherwise(), endings);
		}
		return endings;
	}

	private static void addEnding(Target target, Set<Target.Outcome> endings) {
		if (target != null && target.type() == Target.Type.END && target.outcome() != null
				&& target.outcome() != Target.Outcome.COMPLETED) {
			endings.add(target.outcome());
		}
	}

	/**
	 * Where a step can lead: each usable rule in order, then "otherwise" or the next
	 * step.
	 */
	List<Branch> branches(int i) {
		StepDefinition step = flow.steps().get(i);
		List<Branch> branches = new ArrayList<>();
		Target following = i + 1 < flow.steps().size() ? Target.step(flow.steps().get(i + 1).key())
				: Target.end(Target.Outcome.COMPLETED);
		if (step.decision() == null) {
			branches.add(new Branch(0, following));
			return branches;
		}
		List<Rule> rules = step.decision().rules();
		for (int r = 0; r < rules.size(); r++) {
			if (usable(rules.get(r).then())) {
				branches.add(new Branch(r + 1, rules.get(r).then()));
			}
		}
		Target otherwise = step.decision().otherwise();
		branches.add(new Branch(0, otherwise != null && usable(otherwise) ? otherwise : following));
		return branches;
	}

	private boolean usable(Target t) {
		if (t == null || t.type() == null) {
			return false;
		}
		return switch (t.type()) {
			case STEP -> t.step() != null && index.containsKey(t.step());
			case CALL -> t.flow() != null && t.returnTo() != null && index.containsKey(t.returnTo());
			case END -> t.outcome() != null;
		};
	}

	private Listing list(int limit) {
		List<FlowPath> found = new ArrayList<>();
		long[] total = { 0 };
		boolean cyclic = hasLoop();
		long cap = cyclic ? COUNT_CAP : limit;
		walk(0, new ArrayDeque<>(), new BitSet(), found, total, limit, cap);
		if (!cyclic) {
			return new Listing(found, count(), false);
		}
		return new Listing(found, total[0], total[0] >= COUNT_CAP);
	}

	/** Depth first; stops listing at {@code limit} and counting at {@code cap}. */
	private void walk(int at, Deque<Leg> legs, BitSet onPath, List<FlowPath> found, long[] total, int limit, long cap) {
		onPath.set(at);
		String key = flow.steps().get(at).key();
		for (Branch branch : branches(at)) {
			if (total[0] >= cap) {
				break;
			}
			Target target = branch.target();
			Leg leg = new Leg(key, branch.number(), target, null);
			switch (target.type()) {
				case END -> emit(legs, leg, target.outcome(), null, found, total, limit);
				case STEP -> follow(index.get(target.step()), leg, legs, onPath, found, total, limit, cap);
				case CALL -> {
					follow(index.get(target.returnTo()), leg, legs, onPath, found, total, limit, cap);
					for (Target.Outcome ended : callOutcomes.getOrDefault(target.flow(), Set.of())) {
						emit(legs, new Leg(key, branch.number(), target, ended), ended, null, found, total, limit);
					}
				}
			}
		}
		onPath.clear(at);
	}

	private void follow(int next, Leg leg, Deque<Leg> legs, BitSet onPath, List<FlowPath> found, long[] total,
			int limit, long cap) {
		if (onPath.get(next)) {
			emit(legs, leg, null, flow.steps().get(next).key(), found, total, limit);
			return;
		}
		legs.addLast(leg);
		walk(next, legs, onPath, found, total, limit, cap);
		legs.removeLast();
	}

	private static void emit(Deque<Leg> legs, Leg last, Target.Outcome outcome, String loopsTo, List<FlowPath> found,
			long[] total, int limit) {
		total[0]++;
		if (found.size() < limit) {
			List<Leg> all = new ArrayList<>(legs);
			all.add(last);
			found.add(new FlowPath(all, outcome, loopsTo));
		}
	}

	private boolean hasLoop() {
		int n = flow.steps().size();
		int[] state = new int[n];
		for (int s = 0; s < n; s++) {
			if (state[s] == 0 && loopFrom(s, state)) {
				return true;
			}
		}
		return false;
	}

	private boolean loopFrom(int start, int[] state) {
		Deque<int[]> stack = new ArrayDeque<>();
		stack.push(new int[] { start, 0 });
		state[start] = 1;
		while (!stack.isEmpty()) {
			int[] top = stack.peek();
			List<Integer> next = nextSteps(top[0]);
			if (top[1] < next.size()) {
				int n = next.get(top[1]++);
				if (state[n] == 1) {
					return true;
				}
				if (state[n] == 0) {
					state[n] = 1;
					stack.push(new int[] { n, 0 });
				}
			}
			else {
				state[top[0]] = 2;
				stack.pop();
			}
		}
		return false;
	}

	private List<Integer> nextSteps(int i) {
		List<Integer> next = new ArrayList<>();
		for (Branch b : branches(i)) {
			Target t = b.target();
			if (t.type() == Target.Type.STEP) {
				next.add(index.get(t.step()));
			}
			else if (t.type() == Target.Type.CALL) {
				next.add(index.get(t.returnTo()));
			}
		}
		return next;
	}

	/**
	 * The number of paths of a flow without loops: each step's count once, after those it
	 * leads to.
	 */
	private long count() {
		long[] memo = new long[flow.steps().size()];
		Arrays.fill(memo, -1);
		return count(0, memo);
	}

	private long count(int i, long[] memo) {
		if (memo[i] >= 0) {
			return memo[i];
		}
		long sum = 0;
		for (Branch b : branches(i)) {
			Target t = b.target();
			long more = switch (t.type()) {
				case END -> 1;
				case STEP -> count(index.get(t.step()), memo);
				case CALL ->
					count(index.get(t.returnTo()), memo) + callOutcomes.getOrDefault(t.flow(), Set.of()).size();
			};
			sum = Math.min(Long.MAX_VALUE / 4, sum + more);
		}
		memo[i] = sum;
		return sum;
	}

}
