package com.hallflow.base;

import java.util.ArrayList;
import java.util.List;

/**
 * What changed between two texts, word by word, for a reader who compares two versions:
 * the old text with what was taken out marked, the new text with what was put in marked.
 * Both texts are kept whole. Pure.
 *
 * <p>
 * The words ({@link #tokens}) suit Chinese as well as English: each Chinese or Japanese
 * character is a word of its own (the scripts have no spaces), a run of Latin letters and
 * digits is one word ({@code 5G}, {@code 2024}), a placeholder such as
 * {@code {customer.name}} or {@code {客户姓名}} is one word, a run of white space is one, and
 * every other sign is one. The words are compared with a longest common subsequence;
 * short matches inside a rewritten passage (a lone {@code 的} common to two different
 * sentences) are then counted as changed, so a rewrite reads as one replacement rather
 * than confetti.
 */
public final class TextDiff {

	/** How a part of a text fares in the other version. */
	public enum Kind {

		SAME, DELETED, INSERTED

	}

	/**
	 * A run of text: {@code kind} is SAME or DELETED in the old text, SAME or INSERTED in
	 * the new.
	 */
	public record Part(Kind kind, String text) {
	}

	/** Both texts whole, cut into parts. */
	public record Result(List<Part> before, List<Part> after) {

		public Result {
			before = List.copyOf(before);
			after = List.copyOf(after);
		}

		/** Whether anything is marked. */
		public boolean changed() {
			return before.stream().anyMatch(p -> p.kind() != Kind.SAME)
					|| after.stream().anyMatch(p -> p.kind() != Kind.SAME);
		}

	}

	/**
	 * Above this many cells (tokens of the old middle × tokens of the new) the middle is
	 * shown as replaced whole rather than compared word by word; far beyond any script.
	 */
	static final long CELL_LIMIT = 4_000_000L;

	private static final int LONGEST_PLACEHOLDER = 40;

	private TextDiff() {
	}

	/** Both texts with their differences marked; null reads as empty. */
	public static Result between(String before, String after) {
		List<String> a = tokens(before);
		List<String> b = tokens(after);
		int start = 0;
		while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
			start++;
		}
		int endA = a.size();
		int endB = b.size();
		while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
			endA--;
			endB--;
		}
		List<Op> ops = new ArrayList<>();
		add(ops, Kind.SAME, a.subList(0, start));
		middle(ops, a.subList(start, endA), b.subList(start, endB));
		add(ops, Kind.SAME, a.subList(endA, a.size()));
		slide(ops);
		cleanUp(ops);
		List<Part> old = new ArrayList<>();
		List<Part> now = new ArrayList<>();
		for (Op op : ops) {
			Part part = new Part(op.kind(), String.join("", op.tokens()));
			if (op.kind() != Kind.INSERTED) {
				append(old, part);
			}
			if (op.kind() != Kind.DELETED) {
				append(now, part);
			}
		}
		return new Result(old, now);
	}

	/**
	 * Appends, joining what is the same on either side of a change the other text made.
	 */
	private static void append(List<Part> parts, Part part) {
		int last = parts.size() - 1;
		if (last >= 0 && parts.get(last).kind() == part.kind()) {
			parts.set(last, new Part(part.kind(), parts.get(last).text() + part.text()));
		}
		else {
			parts.add(part);
		}
	}

	/** The words of a text, in order; joined they give the text back. */
	public static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		if (text == null) {
			return tokens;
		}
		int i = 0;
		while (i < text.length()) {
			int end = tokenEnd(text, i);
			tokens.add(text.substring(i, end));
			i = end;
		}
		return tokens;
	}

	private static int tokenEnd(String text, int start) {
		int cp = text.codePointAt(start);
		int next = start + Character.charCount(cp);
		if (cp == '{') {
			int close = placeholderEnd(text, next);
			return close > 0 ? close : next;
		}
		if (Character.isWhitespace(cp)) {
			return runEnd(text, next, Character::isWhitespace);
		}
		if (ideographic(cp)) {
			return next;
		}
		if (Character.isLetterOrDigit(cp)) {
			return runEnd(text, next, c -> Character.isLetterOrDigit(c) && !ideographic(c));
		}
		return next;
	}

	/**
	 * The index after the closing brace of a placeholder opened just before {@code from},
	 * or -1.
	 */
	private static int placeholderEnd(String text, int from) {
		for (int i = from; i < text.length() && i - from <= LONGEST_PLACEHOLDER; i++) {
			char c = text.charAt(i);
			if (c == '}') {
				return i > from ? i + 1 : -1;
			}
			if (c == '{' || Character.isWhitespace(c)) {
				return -1;
			}
		}
		return -1;
	}

	private interface CodePointTest {

		boolean test(int codePoint);

	}

	private static int runEnd(String text, int from, CodePointTest test) {
		int i = from;
		while (i < text.length()) {
			int cp = text.codePointAt(i);
			if (!test.test(cp)) {
				break;
			}
			i += Character.charCount(cp);
		}
		return i;
	}

	private static boolean ideographic(int codePoint) {
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA;
	}

	/** The differing middle, compared by a longest common subsequence. */
	private static void middle(List<Op> ops, List<String> a, List<String> b) {
		if ((long) a.size() * b.size() > CELL_LIMIT) {
			add(ops, Kind.DELETED, a);
			add(ops, Kind.INSERTED, b);
			return;
		}
		int n = a.size();
		int m = b.size();
		// common[i][j]: the longest common subsequence of a[i..] and b[j..]
		int[][] common = new int[n + 1][m + 1];
		for (int i = n - 1; i >= 0; i--) {
			for (int j = m - 1; j >= 0; j--) {
				common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		int i = 0;
		int j = 0;
		while (i < n && j < m) {
			if (a.get(i).equals(b.get(j))) {
				add(ops, Kind.SAME, List.of(a.get(i++)));
				j++;
			}
			else if (common[i + 1][j] >= common[i][j + 1]) {
				add(ops, Kind.DELETED, List.of(a.get(i++)));
			}
			else {
				add(ops, Kind.INSERTED, List.of(b.get(j++)));
			}
		}
		add(ops, Kind.DELETED, a.subList(i, n));
		add(ops, Kind.INSERTED, b.subList(j, m));
	}

	/**
	 * Moves a lone insertion or deletion as far on as the same words allow, so that
	 * {@code 证件} → {@code 身份证件原件} reads 身份 + 证件 + 原件 rather than 身份 + 证 + 件原 + 件 (cutting
	 * off the common end first leaves the change one word early).
	 */
	private static void slide(List<Op> ops) {
		for (int at = 0; at < ops.size() - 1; at++) {
			Op edit = ops.get(at);
			Op next = ops.get(at + 1);
			boolean lone = edit.kind() != Kind.SAME && next.kind() == Kind.SAME
					&& (at == 0 || ops.get(at - 1).kind() == Kind.SAME);
			while (lone && !next.tokens().isEmpty() && edit.tokens().get(0).equals(next.tokens().get(0))) {
				if (at == 0) {
					ops.add(0, new Op(Kind.SAME, new ArrayList<>()));
					at++;
				}
				ops.get(at - 1).tokens().add(edit.tokens().remove(0));
				edit.tokens().add(next.tokens().remove(0));
			}
			if (next.tokens().isEmpty()) {
				ops.remove(at + 1);
				if (at + 1 < ops.size() && ops.get(at + 1).kind() == edit.kind()) {
					edit.tokens().addAll(ops.remove(at + 1).tokens());
				}
			}
		}
	}

	/**
	 * Counts a match between two changes as changed when it is no longer than the change
	 * on either side of it and the changes around it both take out and put in (text only
	 * put in around a match stays precise), until no such match is left. Lengths count
	 * words, so an English word weighs as much as a Chinese character.
	 */
	private static void cleanUp(List<Op> ops) {
		boolean again = true;
		while (again) {
			again = false;
			for (int at = 1; at < ops.size() - 1; at++) {
				if (ops.get(at).kind() != Kind.SAME) {
					continue;
				}
				int length = ops.get(at).tokens().size();
				int[] left = changed(ops, at - 1, -1);
				int[] right = changed(ops, at + 1, 1);
				boolean replaced = left[0] + right[0] > 0 && left[1] + right[1] > 0;
				if (replaced && length <= Math.max(left[0], left[1]) && length <= Math.max(right[0], right[1])) {
					fold(ops, at);
					again = true;
					break;
				}
			}
		}
	}

	/** How many words the change next to a match takes out and puts in. */
	private static int[] changed(List<Op> ops, int from, int step) {
		int[] sizes = new int[2];
		for (int i = from; i >= 0 && i < ops.size() && ops.get(i).kind() != Kind.SAME; i += step) {
			sizes[ops.get(i).kind() == Kind.DELETED ? 0 : 1] += ops.get(i).tokens().size();
		}
		return sizes;
	}

	/**
	 * Makes the match at {@code at} part of the changes around it, one deletion and one
	 * insertion.
	 */
	private static void fold(List<Op> ops, int at) {
		int first = at;
		while (first > 0 && ops.get(first - 1).kind() != Kind.SAME) {
			first--;
		}
		int last = at;
		while (last < ops.size() - 1 && ops.get(last + 1).kind() != Kind.SAME) {
			last++;
		}
		List<String> deleted = new ArrayList<>();
		List<String> inserted = new ArrayList<>();
		for (Op op : ops.subList(first, last + 1)) {
			if (op.kind() != Kind.INSERTED) {
				deleted.addAll(op.tokens());
			}
			if (op.kind() != Kind.DELETED) {
				inserted.addAll(op.tokens());
			}
		}
		ops.subList(first, last + 1).clear();
		ops.add(first, new Op(Kind.INSERTED, inserted));
		ops.add(first, new Op(Kind.DELETED, deleted));
	}

	/** Words of one kind in a row, while the texts are compared. */
	private record Op(Kind kind, List<String> tokens) {
	}

	/** Appends, joining a run of the same kind; no words add nothing. */
	private static void add(List<Op> ops, Kind kind, List<String> tokens) {
		if (tokens.isEmpty()) {
			return;
		}
		int last = ops.size() - 1;
		if (last >= 0 && ops.get(last).kind() == kind) {
			ops.get(last).tokens().addAll(tokens);
		}
		else {
			ops.add(new Op(kind, new ArrayList<>(tokens)));
		}
	}

}
