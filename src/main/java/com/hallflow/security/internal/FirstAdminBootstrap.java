package com.hallflow.security.internal;

import com.hallflow.base.AuditAction;
import com.hallflow.base.AuditDetail;
import com.hallflow.base.AuditField;
import com.hallflow.base.AuditLog;
import com.hallflow.base.StartupRefusedException;
import com.hallflow.base.TranslationProvider;
import com.hallflow.security.PasswordPolicy;
import com.hallflow.security.StaffRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Outside the demo profile nobody can sign in to an empty database, so the first
 * head-office administrator comes from the environment; without it, or with a password
 * the policy refuses, the application refuses to start. The password is temporary: the UI
 * keeps its owner on the change-password page and the API refuses the account until they
 * have chosen their own. Nodes started together on an empty database all find no account
 * and all create the first one; the unique user name lets one of them through, and the
 * others go on with the account it made.
 */
@Component
@Profile("!demo")
@Order(0)
class FirstAdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdminBootstrap.class);

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog audit;

	private final TranslationProvider translations;

	private final TransactionTemplate transaction;

	private final String username;

	private final String password;

	FirstAdminBootstrap(UserAccountRepository users, PasswordEncoder passwordEncoder, AuditLog audit,
			TranslationProvider translations, TransactionTemplate transaction,
			@Value("${hallflow.bootstrap.admin-user:}") String username,
			@Value("${hallflow.bootstrap.admin-password:}") String password) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
		this.translations = translations;
		this.transaction = transaction;
		this.username = username;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			transaction.executeWithoutResult(status -> createFirstAdmin());
		}
		catch (DataIntegrityViolationException anotherNodeWasFaster) {
			if (transaction.execute(status -> users.count()) == 0) {
				throw anotherNodeWasFaster;
			}
			log.info("Another node created the first head-office administrator at the same moment");
		}
	}

	private void createFirstAdmin() {
		if (users.count() > 0) {
			return;
		}
		if (username.isBlank() || password.isBlank()) {
			throw new StartupRefusedException("The user table is empty: set HALLFLOW_ADMIN_USER and "
					+ "HALLFLOW_ADMIN_PASSWORD to create the first head-office administrator.");
		}
		// the same policy as every other password: a weak one is refused, not warned
		// about,
		// since this account holds every right until its owner chooses a new password
		PasswordPolicy.refusal(username, password).ifPresent(refusal -> {
			throw new StartupRefusedException("HALLFLOW_ADMIN_PASSWORD is refused: "
					+ translations.getTranslation(refusal.messageKey(), TranslationProvider.ENGLISH, refusal.argument())
					+ ".");
		});
		users.save(
				new UserAccount(username, username, passwordEncoder.encode(password), StaffRole.HQ_ADMIN, null, true));
		audit.record("system", AuditAction.USER_CREATED, username,
				AuditDetail.builder()
					.value(AuditField.ROLE, StaffRole.HQ_ADMIN)
					.value(AuditField.NOTE, AuditDetail.words("security.audit.firstAdmin"))
					.json());
		log.info("Created the first head-office administrator '{}'; the password must be changed at first login",
				username);
	}

}
