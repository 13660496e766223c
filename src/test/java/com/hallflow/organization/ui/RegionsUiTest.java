package com.hallflow.organization.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.hallflow.organization.RegionNode;
import com.hallflow.organization.RegionService;
import com.hallflow.security.StaffRole;
import com.hallflow.support.Fixtures;
import com.hallflow.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RegionsUiTest extends KaribuTest {

	@Autowired
	RegionService regions;

	@Test
	void the_admin_adds_a_province_and_a_city_under_it_and_deletes_the_city() {
		signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		UI.getCurrent().navigate(RegionsView.class);
		RegionsView view = _get(RegionsView.class);
		assertThat(view.addCity.isEnabled()).as("a city needs a selected province").isFalse();

		_click(view.addProvince);
		RegionDialog province = _get(RegionDialog.class);
		String provinceCode = Fixtures.unique("HN");
		_setValue(province.code, provinceCode);
		_setValue(province.name, "湖南省");
		_click(_get(province, Button.class, s -> s.withId("region-save")));
		RegionNode created = regions.all()
			.stream()
			.filter(r -> r.code().equals(provinceCode))
			.findFirst()
			.orElseThrow();

		view.tree.select(created);
		_click(view.addCity);
		RegionDialog city = _get(RegionDialog.class);
		String cityCode = Fixtures.unique("HN-CS");
		_setValue(city.code, cityCode);
		_setValue(city.name, "长沙市");
		_click(_get(city, Button.class, s -> s.withId("region-save")));
		RegionNode changsha = regions.all().stream().filter(r -> r.code().equals(cityCode)).findFirst().orElseThrow();
		assertThat(changsha.parentId()).isEqualTo(created.id());

		view.tree.select(changsha);
		_click(view.delete);
		ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
		assertThat(regions.all()).extracting(RegionNode::code).doesNotContain(cityCode).contains(provinceCode);
	}

	@Test
	void a_duplicate_region_code_is_shown_at_the_code_field() {
		signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		RegionNode existing = fixtures.province("山东省");
		UI.getCurrent().navigate(RegionsView.class);
		_click(_get(RegionsView.class).addProvince);
		RegionDialog dialog = _get(RegionDialog.class);
		_setValue(dialog.code, existing.code());
		_setValue(dialog.name, "又一个山东省");
		_click(_get(dialog, Button.class, s -> s.withId("region-save")));

		assertThat(dialog.code.isInvalid()).isTrue();
		assertThat(dialog.code.getErrorMessage()).isEqualTo(zh("organization.region.code.taken", existing.code()));
	}

}
