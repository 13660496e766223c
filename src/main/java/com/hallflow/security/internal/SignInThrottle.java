package com.hallflow.security.internal;

import com.hallflow.base.AuditAction;
import com.hallflow.base.AuditDetail;
import com.hallflow.base.AuditField;
import com.hallflow.base.AuditLog;
import com.hallflow.security.internal.SignInThrottleProperties.Throttle;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing down without locking anyone out (decision 0023). An attempt is
 * judged by the account's throttle for the address it came from when the account has
 * signed in from there before, else by the account's throttle for strangers and by the
 * address's own. Each lets a few failures pass and then makes the next attempt wait,
 * twice as long after every further failure, up to its longest wait; an attempt within
 * the wait is refused before its password is checked. Kept in the database, so every node
 * counts alike; an unknown name is counted exactly as an account is.
 */
@Component
public class SignInThrottle {

	private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

	private static final int LONGEST_NAME = 64;

	private final JdbcTemplate jdbc;

	private final SignInThrottleProperties settings;

	private final AuditLog audit;

	private final Clock clock;

	SignInThrottle(JdbcTemplate jdbc, SignInThrottleProperties settings, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * When an attempt as {@code username} from {@code address} (null: from no request)
	 * may be checked again; empty when it may be now.
	 */
	@Transactional(readOnly = true)
	public Optional<Instant> heldUntil(String username, String address) {
		Instant now = clock.instant();
		return judges(username, address, now).stream()
			.map(judge -> jdbc.query("select blocked_until from sign_in_throttle where throttle_key = ?",
					(rs, row) -> instant(rs.getTimestamp(1)), judge.key()))
			.flatMap(List::stream)
			.filter(until -> until != null && until.isAfter(now))
			.max(Comparator.naturalOrder());
	}

	/**
	 * Counts a wrong password in every throttle that judged the attempt, in its own
	 * transaction (so a refused password change cannot roll the count back), and audits a
	 * throttle that starts to wait or reaches its longest wait.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failed(String username, String address) {
		Instant now = clock.instant();
		for (Judge judge : judges(username, address, now)) {
			count(judge, username, address, now);
		}
	}

	/**
	 * A wrong current password given to change one's own password: counted as a failed
	 * sign-in and audited, in its own transaction.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void wrongCurrentPassword(String username, String address) {
		audit.record(truncated(username), AuditAction.PASSWORD_CHANGE_FAILED, truncated(username), null);
		failed(username, address);
	}

	/** The source address of the request being served, as the throttle counts it. */
	public String addressOfThisRequest() {
		return SourceAddress.ofCurrentRequest();
	}

	/**
	 * A right password: the account's throttle that judged it starts afresh and the
	 * address becomes one the account knows. The address's own count stays, so one known
	 * password cannot wash away the guesses made from the same place.
	 */
	@Transactional
	public void succeeded(String username, String address) {
		Instant now = clock.instant();
		for (Judge judge : judges(username, address, now)) {
			if (judge.lane() != Lane.ADDRESS) {
				jdbc.update("delete from sign_in_throttle where throttle_key = ?", judge.key());
			}
		}
		if (address == null) {
			return;
		}
		String name = name(username);
		jdbc.update("""
				insert into sign_in_address (username, address, last_signed_in_at) values (?, ?, ?)
				on duplicate key update last_signed_in_at = ?""", name, address, utc(now), utc(now));
		jdbc.update("delete from sign_in_address where username = ? and last_signed_in_at < ?", name,
				utc(now.minus(settings.knownAddressFor())));
	}

	/** Lifts every wait of the account, e.g. when head office resets its password. */
	@Transactional
	public void forgetAccount(String username) {
		String key = Lane.ACCOUNT.key(name(username), null);
		jdbc.update("delete from sign_in_throttle where throttle_key = ? or throttle_key like ? escape '!'", key,
				key.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "@%");
	}

	private void count(Judge judge, String username, String address, Instant now) {
		jdbc.update("""
				update sign_in_throttle set failures = 0, blocked_until = null
				where throttle_key = ? and last_failure_at < ?""", judge.key(), utc(now.minus(settings.forgetAfter())));
		jdbc.update("""
				insert into sign_in_throttle (throttle_key, failures, last_failure_at) values (?, 1, ?)
				on duplicate key update failures = failures + 1, last_failure_at = ?""", judge.key(), utc(now),
				utc(now));
		int failures = Objects.requireNonNull(jdbc.queryForObject(
				"select failures from sign_in_throttle where throttle_key = ?", Integer.class, judge.key()));
		Throttle throttle = judge.throttle();
		Duration wait = throttle.waitAfter(failures);
		if (wait.isZero()) {
			return;
		}
		jdbc.update("update sign_in_throttle set blocked_until = ? where throttle_key = ?", utc(now.plus(wait)),
				judge.key());
		boolean starts = failures == throttle.freeFailures();
		boolean longest = wait.equals(throttle.longestWait()) && !throttle.waitAfter(failures - 1).equals(wait);
		if (starts || longest) {
			log.warn("Sign-in throttle {} waits {} after {} failures", judge.key(), wait, failures);
			audit.record(truncated(username), judge.lane().action(longest),
					judge.lane() == Lane.ADDRESS ? address : truncated(username),
					AuditDetail.builder()
						.value(AuditField.FAILED_SIGN_INS, failures)
						.value(AuditField.WAIT_SECONDS, wait.toSeconds())
						.value(AuditField.SOURCE_ADDRESS, address == null ? "" : address)
						.value(AuditField.NOTE, AuditDetail.words(judge.lane().note()))
						.json());
		}
	}

	/** The throttles that judge an attempt as {@code username} from {@code address}. */
	private List<Judge> judges(String username, String address, Instant now) {
		String name = name(username);
		List<Judge> judges = new ArrayList<>();
		if (address != null && known(name, address, now)) {
			judges.add(new Judge(Lane.KNOWN_ADDRESS, Lane.KNOWN_ADDRESS.key(name, address), settings.knownAddress()));
			return judges;
		}
		judges.add(new Judge(Lane.ACCOUNT, Lane.ACCOUNT.key(name, address), settings.account()));
		if (address != null) {
			judges.add(new Judge(Lane.ADDRESS, Lane.ADDRESS.key(name, address), settings.address()));
		}
		return judges;
	}

	private boolean known(String name, String address, Instant now) {
		Integer found = jdbc.queryForObject("""
				select count(*) from sign_in_address
				where username = ? and address = ? and last_signed_in_at >= ?""", Integer.class, name, address,
				utc(now.minus(settings.knownAddressFor())));
		return found != null && found > 0;
	}

	/**
	 * A typed name as the throttle counts it: the database finds accounts ignoring case
	 * and trailing spaces, so {@code Admin } is throttled as {@code admin}.
	 */
	private static String name(String username) {
		return truncated(username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
	}

	/**
	 * What someone typed fits the columns (an attacker's input is logged, not trusted).
	 */
	private static String truncated(String username) {
		return username == null ? ""
				: username.length() > LONGEST_NAME ? username.substring(0, LONGEST_NAME) : username;
	}

	private static Timestamp utc(Instant at) {
		return Timestamp.valueOf(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
	}

	private static Instant instant(Timestamp utc) {
		return utc == null ? null : utc.toLocalDateTime().toInstant(ZoneOffset.UTC);
	}

	private record Judge(Lane lane, String key, Throttle throttle) {
	}

	private enum Lane {

		ACCOUNT, KNOWN_ADDRESS, ADDRESS;

		String key(String name, String address) {
			return switch (this) {
				case ACCOUNT -> "account:" + name;
				case KNOWN_ADDRESS -> "account:" + name + "@" + address;
				case ADDRESS -> "address:" + address;
			};
		}

		AuditAction action(boolean longest) {
			if (this == ADDRESS) {
				return longest ? AuditAction.ADDRESS_BLOCKED : AuditAction.ADDRESS_THROTTLED;
			}
			return longest ? AuditAction.ACCOUNT_BLOCKED : AuditAction.ACCOUNT_THROTTLED;
		}

		String note() {
			return switch (this) {
				case ACCOUNT -> "security.audit.throttle.ACCOUNT";
				case KNOWN_ADDRESS -> "security.audit.throttle.KNOWN_ADDRESS";
				case ADDRESS -> "security.audit.throttle.ADDRESS";
			};
		}

	}

}
