package com.hallflow.security;

import com.hallflow.base.BusinessException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be (ASVS 2.1): long enough, not the username or containing it,
 * not a few characters over and over, not mostly a keyboard row or a run of letters or
 * digits, and not one of the common passwords HallFlow ships (ignoring case). Every place
 * a password is set applies it: a new account, head office's reset, one's own change and
 * the first administrator from the environment. Each rule has its own message.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	public static final int MAX_LENGTH = 128;

	/** Different characters a password has at least. */
	public static final int MIN_DIFFERENT = 5;

	/**
	 * Characters outside keyboard runs, sequences and repeats a password has at least.
	 */
	static final int MIN_OUTSIDE_RUNS = 4;

	/** A run this long of neighbouring keys, letters, digits or one character counts. */
	private static final int RUN = 3;

	private static final List<String> ROWS = List.of("abcdefghijklmnopqrstuvwxyz", "01234567890", "`1234567890-=",
			"qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./");

	private static final List<String> LISTS = List.of("security/common-passwords.txt",
			"security/common-passwords-zh.txt");

	private PasswordPolicy() {
	}

	/** A rule a password breaks: its message key and the message's argument. */
	public record Refusal(String messageKey, Object argument) {
	}

	/** The first rule the password breaks, if any. */
	public static Optional<Refusal> refusal(String username, String password) {
		if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
			return Optional.of(new Refusal("security.password.length", MIN_LENGTH));
		}
		String lower = password.toLowerCase(Locale.ROOT);
		String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		if (!name.isEmpty() && (lower.equals(name) || name.length() >= RUN && lower.contains(name))) {
			return Optional.of(new Refusal("security.password.containsUsername", null));
		}
		if (lower.codePoints().distinct().count() < MIN_DIFFERENT) {
			return Optional.of(new Refusal("security.password.fewCharacters", MIN_DIFFERENT));
		}
		if (lower.length() - charactersInRuns(lower) < MIN_OUTSIDE_RUNS) {
			return Optional.of(new Refusal("security.password.sequence", null));
		}
		if (Common.PASSWORDS.contains(lower)) {
			return Optional.of(new Refusal("security.password.common", null));
		}
		return Optional.empty();
	}

	static void check(String username, String password, String field) {
		Optional<Refusal> refusal = refusal(username, password);
		if (refusal.isPresent()) {
			Refusal broken = refusal.get();
			throw broken.argument() == null ? BusinessException.forField(field, broken.messageKey())
					: BusinessException.forField(field, broken.messageKey(), broken.argument());
		}
	}

	/**
	 * How many characters belong to a run of at least {@value #RUN}: neighbouring keys of
	 * one keyboard row or letters or digits in order, either way ({@code asdf},
	 * {@code 4321}), or one character repeated ({@code 000}).
	 */
	static int charactersInRuns(String lower) {
		boolean[] inRun = new boolean[lower.length()];
		for (int start = 0; start < lower.length(); start++) {
			for (int step = -1; step <= 1; step++) {
				for (String row : ROWS) {
					int end = runEnd(lower, start, row, step);
					if (end - start >= RUN) {
						Arrays.fill(inRun, start, end, true);
					}
				}
			}
		}
		int count = 0;
		for (boolean in : inRun) {
			count += in ? 1 : 0;
		}
		return count;
	}

	/** Where the run starting at {@code start} ends (exclusive) in {@code row}. */
	private static int runEnd(String text, int start, String row, int step) {
		int end = start + 1;
		int at = row.indexOf(text.charAt(start));
		if (step != 0 && at < 0) {
			return end;
		}
		while (end < text.length()) {
			char next = text.charAt(end);
			if (step == 0 ? next != text.charAt(end - 1)
					: (at + step < 0 || at + step >= row.length() || row.charAt(at + step) != next)) {
				break;
			}
			at += step;
			end++;
		}
		return end;
	}

	/** The shipped lists, read once, in lower case. */
	private static final class Common {

		static final Set<String> PASSWORDS = read();

		private static Set<String> read() {
			Set<String> passwords = new HashSet<>();
			for (String list : LISTS) {
				try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(list)) {
					if (in == null) {
						throw new IllegalStateException("missing " + list);
					}
					new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
						.filter(line -> !line.isBlank() && !line.startsWith("#"))
						.forEach(line -> passwords.add(line.strip().toLowerCase(Locale.ROOT)));
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
			return Set.copyOf(passwords);
		}

	}

}
