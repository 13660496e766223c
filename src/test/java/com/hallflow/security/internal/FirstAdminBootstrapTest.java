package com.hallflow.security.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.hallflow.base.AuditLog;
import com.hallflow.base.StartupRefusedException;
import com.hallflow.base.TranslationProvider;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The first administrator's password from the environment meets the same policy. */
class FirstAdminBootstrapTest {

	private final UserAccountRepository users = mock(UserAccountRepository.class);

	@Test
	void a_password_the_policy_refuses_stops_the_start_with_one_line_naming_the_rule() {
		when(users.count()).thenReturn(0L);

		assertThatThrownBy(() -> bootstrap("hq-admin", "1234567890").run(null))
			.isInstanceOf(StartupRefusedException.class)
			.hasMessage("HALLFLOW_ADMIN_PASSWORD is refused: The password may not be mostly a keyboard run, letters "
					+ "or digits in order, or one character repeated.");
		assertThatThrownBy(() -> bootstrap("hq-admin", "my-hq-admin-pass").run(null))
			.hasMessageContaining("may not contain the username");
		assertThatThrownBy(() -> bootstrap("hq-admin", "iloveyou1314").run(null)).hasMessageContaining("common");
		verify(users, never()).save(any());
	}

	@Test
	void a_good_password_creates_the_administrator() {
		when(users.count()).thenReturn(0L);

		assertThatCode(() -> bootstrap("hq-admin", "hq-bootstrap-secret").run(null)).doesNotThrowAnyException();
		verify(users).save(any());
	}

	private FirstAdminBootstrap bootstrap(String username, String password) {
		@SuppressWarnings("deprecation")
		NoOpPasswordEncoder plain = (NoOpPasswordEncoder) NoOpPasswordEncoder.getInstance();
		return new FirstAdminBootstrap(users, plain, mock(AuditLog.class), new TranslationProvider(),
				new TransactionTemplate(mock(PlatformTransactionManager.class)), username, password);
	}

}
