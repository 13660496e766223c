package com.hallflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallflow.support.Fixtures;
import com.hallflow.support.H2Test;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A recorded username reads as the person's name: head office sees everyone's, a branch
 * manager only their own branch's, and the system actor is the word for it.
 */
@H2Test
class ActorNamesTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	UserAccountService accounts;

	@AfterEach
	void signOut() {
		Fixtures.signOut();
	}

	private UserSummary person(String name, StaffRole role, Long branchId) {
		return SystemAuthentication.callAsSystem(() -> accounts
			.create(new CreateUserCommand(Fixtures.unique("who"), name, role, branchId, Fixtures.PASSWORD, false)));
	}

	@Test
	void head_office_reads_anyones_name_and_the_system_reads_as_the_word_for_it() {
		UserSummary sun = person("孙悦", StaffRole.BRANCH_STAFF, fixtures.branch("姓名厅").id());
		Fixtures.signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		ActorNames names = new ActorNames(accounts, "系统");

		assertThat(names.name(sun.username())).isEqualTo("孙悦");
		assertThat(names.username(sun.username())).isEqualTo(sun.username());
		assertThat(names.name(SystemAuthentication.SYSTEM)).isEqualTo("系统");
		assertThat(names.username(SystemAuthentication.SYSTEM)).isNull();
		assertThat(names.name("nobody-by-this-name")).as("a sign-in attempt with an unknown name stays as typed")
			.isEqualTo("nobody-by-this-name");
		assertThat(names.username("nobody-by-this-name")).isNull();
		assertThat(names.name(null)).isEmpty();
	}

	@Test
	void a_branch_manager_reads_only_their_own_branchs_names_and_a_clerk_none() {
		long own = fixtures.branch("本厅姓名").id();
		UserSummary colleague = person("周敏", StaffRole.BRANCH_STAFF, own);
		UserSummary elsewhere = person("吴昊", StaffRole.BRANCH_STAFF, fixtures.branch("他厅姓名").id());
		UserSummary clerk = fixtures.user(StaffRole.BRANCH_STAFF, own);
		Fixtures.signIn(fixtures.user(StaffRole.BRANCH_MANAGER, own));

		assertThat(accounts.displayNames(List.of(colleague.username(), elsewhere.username())))
			.containsOnlyKeys(colleague.username())
			.containsEntry(colleague.username(), "周敏");
		assertThat(new ActorNames(accounts, "系统").name(elsewhere.username())).isEqualTo(elsewhere.username());

		Fixtures.signIn(clerk);
		assertThatThrownBy(() -> accounts.displayNames(List.of(colleague.username())))
			.isInstanceOf(AccessDeniedException.class);
	}

}
