package com.hallflow.organization.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.organization.BranchCommand;
import com.hallflow.organization.BranchFilter;
import com.hallflow.organization.BranchService;
import com.hallflow.organization.RegionNode;
import com.hallflow.security.StaffRole;
import com.hallflow.support.Fixtures;
import com.hallflow.support.KaribuTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The branch form takes no more than the columns hold; a longer name or a hidden
 * direction character, which only a tampered browser sends, is refused by the service and
 * shown at its field.
 */
class BranchFormLimitsUiTest extends KaribuTest {

	@Autowired
	BranchService branches;

	@Test
	void the_form_takes_what_the_columns_hold_and_shows_the_services_refusal_at_the_field() {
		RegionNode city = fixtures.city(fixtures.province("广东省"), "佛山市");
		signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		UI.getCurrent().navigate(BranchesView.class);
		_click(_get(BranchesView.class).create);
		BranchDialog dialog = _get(BranchDialog.class);
		assertThat(dialog.code.getMaxLength()).isEqualTo(BranchCommand.CODE_MOST).isEqualTo(32);
		assertThat(dialog.name.getMaxLength()).isEqualTo(BranchCommand.NAME_MOST).isEqualTo(100);
		assertThat(dialog.address.getMaxLength()).isEqualTo(BranchCommand.ADDRESS_MOST).isEqualTo(255);
		String code = Fixtures.unique("LIM-");
		_setValue(dialog.code, code);
		_setValue(dialog.region, city);

		_setValue(dialog.name, "厅".repeat(101));
		_click(dialog.save);
		assertThat(dialog.name.isInvalid()).isTrue();
		assertThat(dialog.name.getErrorMessage()).isEqualTo(zh("base.text.tooLong", "100", "101"))
			.isEqualTo("最多 100 个字，现在有 101 个");

		_setValue(dialog.name, "佛山禅城营业厅");
		_setValue(dialog.address, "祖庙路\u202E号1");
		_click(dialog.save);
		assertThat(dialog.name.isInvalid()).isFalse();
		assertThat(dialog.address.isInvalid()).isTrue();
		assertThat(dialog.address.getErrorMessage()).isEqualTo(zh("base.text.direction"));
		assertThat(dialog.isOpened()).isTrue();
		assertThat(branches.count(new BranchFilter(code, null, null))).isZero();
	}

}
