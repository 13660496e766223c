package com.hallflow.shell.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.hallflow.base.AuditEntry;
import com.hallflow.base.AuditFilter;
import com.hallflow.base.AuditAction;
import com.hallflow.base.AuditLog;
import com.hallflow.base.ui.CsvDownload;
import com.hallflow.organization.RegionCommand;
import com.hallflow.organization.RegionService;
import com.hallflow.security.StaffRole;
import com.hallflow.support.Fixtures;
import com.hallflow.support.KaribuTest;
import com.vaadin.flow.component.UI;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

class AuditUiTest extends KaribuTest {

	@Autowired
	AuditLog audit;

	@Autowired
	RegionService regions;

	@Test
	void head_office_filters_the_log_by_action_and_who_and_downloads_it() {
		signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		String code = Fixtures.unique("AUD");
		regions.create(new RegionCommand(code, "审计省", null));
		UI.getCurrent().navigate(AuditView.class);
		AuditView view = _get(AuditView.class);
		_setValue(view.action, AuditAction.REGION_CREATED);
		_setValue(view.text, code);
		assertThat(GridKt._findAll(view.grid)).singleElement().satisfies(e -> assertThat(e.target()).isEqualTo(code));
		String csv = new String(CsvDownload.csv(view.csvRows()), StandardCharsets.UTF_8);
		assertThat(csv).contains("REGION_CREATED").contains(code);
		_setValue(view.action, AuditAction.FLOW_PUBLISHED);
		assertThat(GridKt._findAll(view.grid)).isEmpty();
	}

	@Test
	void only_head_office_reads_the_log_and_nobody_can_change_it() {
		signIn(fixtures.user(StaffRole.BRANCH_MANAGER, fixtures.branch("审计厅").id()));
		assertThatThrownBy(() -> audit.search(AuditFilter.any(), PageRequest.of(0, 10)))
			.isInstanceOf(AccessDeniedException.class);
		// the log's only way in is appending; there is no method to change or remove an
		// entry
		assertThat(Arrays.stream(AuditLog.class.getDeclaredMethods())
			.filter(m -> Modifier.isPublic(m.getModifiers()))
			.map(Method::getName)).containsOnly("record", "latest", "search", "count", "actions");
		assertThat(AuditEntry.class.isRecord()).isTrue();
	}

}
