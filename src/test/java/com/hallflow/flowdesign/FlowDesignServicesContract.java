package com.hallflow.flowdesign;

import static com.hallflow.flowdesign.FlowFixtures.flow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallflow.base.AuditAction;
import com.hallflow.base.AuditLog;
import com.hallflow.base.BusinessException;
import com.hallflow.base.ConcurrentEditException;
import com.hallflow.flowdesign.internal.FlowVersionEntity;
import com.hallflow.flowdesign.internal.FlowVersionRepository;
import com.hallflow.security.StaffRole;
import com.hallflow.security.UserSummary;
import com.hallflow.support.Fixtures;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ReflectionUtils;

/**
 * Runs against every database the application supports; see the H2 and MariaDB
 * subclasses.
 */
abstract class FlowDesignServicesContract {

	@Autowired
	FlowDesignService flows;

	@Autowired
	ScriptLibraryService library;

	@Autowired
	StandardFlows standardFlows;

	@Autowired
	FlowVersionRepository versionRows;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AuditLog audit;

	UserSummary admin;

	@BeforeEach
	void signInAsAdmin() {
		admin = fixtures.user(StaffRole.HQ_ADMIN, null);
		Fixtures.signIn(admin);
		standardFlows.install();
	}

	@AfterEach
	void signOut() {
		Fixtures.signOut();
	}

	@Test
	void the_seven_standard_flows_are_published_as_version_one_and_pass_the_validator() {
		assertThat(flows.flows()).filteredOn(f -> StandardFlows.keys().contains(f.key())).hasSize(7).allSatisfy(f -> {
			assertThat(f.latestPublished()).isEqualTo(1);
			assertThat(flows.validate(flows.version(f.key(), 1)).stream().filter(ValidationIssue::isError)).as(f.key())
				.isEmpty();
		});
		assertThat(standardFlows.install()).as("installing again changes nothing").isEmpty();
		FlowDocument plan = flows.version("PLAN_CHANGE", 1);
		assertThat(plan.step("greet").orElseThrow().script()).as("library text is copied at publish")
			.contains("{branch.name}");
		assertThat(plan.calledFlows()).containsExactly("BILL_PAYMENT");
	}

	@Test
	void publishing_numbers_versions_one_after_another_and_keeps_earlier_versions_as_they_were() {
		String key = newFlow();
		Draft draft = flows.saveDraft(key, flows.draft(key).orElseThrow().lockVersion(),
				flow(key).step("greet").step("bye").build());
		assertThat(flows.publish(key, draft.lockVersion(), "第一版", null)).isEqualTo(1);
		Draft second = flows.newDraftFrom(key, 1);
		Draft edited = flows.saveDraft(key, second.lockVersion(),
				flow(key).step("greet").step("check").step("bye").build());
		assertThat(flows.publish(key, edited.lockVersion(), "加了核对步骤", null)).isEqualTo(2);

		assertThat(flows.version(key, 1).steps()).extracting(StepDefinition::key).containsExactly("greet", "bye");
		assertThat(flows.versions(key)).extracting(VersionSummary::number, VersionSummary::changeNote)
			.containsExactly(Tuple.tuple(2, "加了核对步骤"), Tuple.tuple(1, "第一版"));
		assertThat(flows.export(key, 1)).isEqualTo(flows.export(key, 1))
			.isEqualTo(FlowJson.write(flows.version(key, 1)));
	}

	@Test
	void no_code_path_changes_a_published_version() {
		String key = newFlow();
		Draft draft = flows.saveDraft(key, flows.draft(key).orElseThrow().lockVersion(),
				flow(key).step("greet").build());
		flows.publish(key, draft.lockVersion(), "v1", null);
		String published = flows.export(key, 1);

		assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
			FlowVersionEntity row = versionRow(key, 1);
			row.replaceDefinition("{}", "someone", Instant.now());
		})).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
			FlowVersionEntity row = versionRow(key, 1);
			Field definition = ReflectionUtils.findField(FlowVersionEntity.class, "definition");
			ReflectionUtils.makeAccessible(definition);
			ReflectionUtils.setField(definition, row, "{\"tampered\":true}");
			versionRows.saveAndFlush(row);
		})).hasRootCauseInstanceOf(IllegalStateException.class);
		assertThat(flows.export(key, 1)).isEqualTo(published);
	}

	@Test
	void two_concurrent_publishes_of_one_draft_make_exactly_one_version() throws Exception {
		String key = newFlow();
		Draft draft = flows.saveDraft(key, flows.draft(key).orElseThrow().lockVersion(),
				flow(key).step("greet").build());
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> results = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			results.add(pool.submit(() -> {
				Fixtures.signIn(admin);
				start.await();
				return flows.publish(key, draft.lockVersion(), "同时发布", null);
			}));
		}
		start.countDown();
		List<Object> outcomes = Collections.synchronizedList(new ArrayList<>());
		for (Future<Integer> result : results) {
			try {
				outcomes.add(result.get());
			}
			catch (ExecutionException e) {
				outcomes.add(e.getCause().getClass().getSimpleName());
			}
		}
		pool.shutdown();
		assertThat(outcomes).containsOnlyOnce(1);
		assertThat(flows.versions(key)).extracting(VersionSummary::number).containsExactly(1);
	}

	@Test
	void a_stale_draft_save_gets_a_conflict_and_the_first_save_is_kept() {
		String key = newFlow();
		long loaded = flows.draft(key).orElseThrow().lockVersion();
		flows.saveDraft(key, loaded, flow(key).step("first").build());

		assertThatThrownBy(() -> flows.saveDraft(key, loaded, flow(key).step("second").build()))
			.isInstanceOf(ConcurrentEditException.class);
		assertThat(flows.draft(key).orElseThrow().document().steps()).extracting(StepDefinition::key)
			.containsExactly("first");
	}

	@Test
	void publishing_is_refused_while_errors_remain_and_the_draft_stays() {
		String key = newFlow();
		Draft draft = flows.saveDraft(key, flows.draft(key).orElseThrow().lockVersion(),
				flow(key).step("a").decision(new Decision(List.of(), Target.step("missing"))).build());

		assertThatThrownBy(() -> flows.publish(key, draft.lockVersion(), "有错误", null)).isInstanceOfSatisfying(
				FlowInvalidException.class,
				e -> assertThat(e.errors()).extracting(ValidationIssue::code).contains(ValidationCode.MISSING_STEP));
		assertThatThrownBy(() -> flows.publish(key, draft.lockVersion(), " ", null))
			.isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.field()).contains("changeNote"));
		assertThat(flows.draft(key)).isPresent();
		assertThat(flows.versions(key)).isEmpty();
	}

	@Test
	void a_rejected_import_leaves_nothing_behind() {
		int flowsBefore = flows.flows().size();
		String badKey = Fixtures.unique("IMPORT_BAD_").toUpperCase();
		String json = "{\"formatVersion\": 1, \"key\": \"" + badKey + "\", \"name\": \"坏\", \"steps\": "
				+ "[{\"key\": \"a\", \"title\": \"A\", \"inputs\": [{\"key\": \"x\", \"label\": \"X\", \"type\": \"COLOUR\"}]}]}";

		assertThatThrownBy(() -> flows.importDraft(json)).isInstanceOfSatisfying(FlowFormatException.class,
				e -> assertThat(e.problems()).extracting(FormatProblem::path).contains("$.steps[0].inputs[0].type"));
		assertThatThrownBy(() -> flows.importDraft("{\"formatVersion\": 1,")).isInstanceOf(FlowFormatException.class);
		assertThat(flows.flows()).hasSize(flowsBefore);
		assertThat(audit.latest(3)).noneSatisfy(e -> assertThat(e.target()).isEqualTo(badKey));
	}

	@Test
	void an_import_of_a_new_key_creates_the_template_and_its_draft() {
		String key = Fixtures.unique("IMPORTED_").toUpperCase();
		flows.importDraft(FlowJson.write(flow(key).step("greet").build()));
		assertThat(flows.flows()).anySatisfy(f -> {
			assertThat(f.key()).isEqualTo(key);
			assertThat(f.hasDraft()).isTrue();
			assertThat(f.latestPublished()).isNull();
		});
		assertThat(audit.latest(5)).anySatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.FLOW_IMPORTED));
	}

	@Test
	void editing_a_snippet_changes_drafts_that_use_it_but_never_a_published_version() {
		String snippetKey = Fixtures.unique("snippet-");
		library.save(snippetKey, null, "问候", "您好！", null);
		String key = newFlow();
		Draft draft = flows.saveDraft(key, flows.draft(key).orElseThrow().lockVersion(),
				flow(key).step(StepDefinition.of("greet", "问候", null).withScript(snippetKey, null)).build());
		flows.publish(key, draft.lockVersion(), "v1", null);
		flows.newDraftFrom(key, 1);

		ScriptSnippet current = library.all()
			.stream()
			.filter(s -> s.key().equals(snippetKey))
			.findFirst()
			.orElseThrow();
		assertThat(library.draftsUsing(snippetKey)).containsExactly(key);
		library.save(snippetKey, current.lockVersion(), "问候", "您好，欢迎！", null);

		assertThat(flows.version(key, 1).steps().get(0).script()).isEqualTo("您好！");
		Draft next = flows.draft(key).orElseThrow();
		flows.publish(key, next.lockVersion(), "v2", null);
		assertThat(flows.version(key, 2).steps().get(0).script()).isEqualTo("您好，欢迎！");
	}

	@Test
	void a_scheduled_publish_records_when_it_takes_effect() {
		String key = newFlow();
		Draft draft = flows.saveDraft(key, flows.draft(key).orElseThrow().lockVersion(),
				flow(key).step("greet").build());
		Instant effective = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		flows.publish(key, draft.lockVersion(), "下周生效", effective);
		assertThat(flows.versions(key).get(0).effectiveFrom()).isEqualTo(effective);
		assertThat(audit.latest(5)).anySatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.FLOW_SCHEDULED));
	}

	@Test
	void a_flow_is_duplicated_under_a_new_key_and_a_retired_flow_is_marked_and_audited() {
		String copyKey = Fixtures.unique("COPY_OF_PLAN_").toUpperCase();
		Draft copy = flows.duplicate("PLAN_CHANGE", new NewFlowCommand(copyKey, "套餐变更（副本）", "业务变更"));
		assertThat(copy.document().key()).isEqualTo(copyKey);
		assertThat(copy.document().name()).isEqualTo("套餐变更（副本）");
		assertThat(copy.document().steps()).isEqualTo(flows.version("PLAN_CHANGE", 1).steps());

		flows.retire(copyKey);
		assertThat(flows.flows()).filteredOn(f -> f.key().equals(copyKey))
			.singleElement()
			.satisfies(f -> assertThat(f.retired()).isTrue());
		assertThat(audit.latest(5)).anySatisfy(e -> {
			assertThat(e.action()).isEqualTo(AuditAction.FLOW_RETIRED);
			assertThat(e.target()).isEqualTo(copyKey);
		});
	}

	@Test
	void only_head_office_designs_flows() {
		Fixtures.signIn(fixtures.user(StaffRole.BRANCH_MANAGER, fixtures.branch("设计权限厅").id()));
		assertThatThrownBy(() -> flows.flows()).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> flows.importDraft("{}")).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> library.all()).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void head_offices_marks_survive_import_publish_and_export() {
		String key = Fixtures.unique("MARKS_").toUpperCase();
		FlowDocument marked = flow(key)
			.step(StepDefinition.of("check", "核验身份", "请出示证件")
				.withChecklist(List.of(new ChecklistItem("留存证件复印件", true, true)))
				.withRegionalMarks(true, false, true))
			.step(StepDefinition.of("tips", "温馨提示", "请留意短信").withRegionalMarks(false, true, false))
			.build();
		Draft imported = flows.importDraft(FlowJson.write(marked));
		assertThat(imported.document()).isEqualTo(marked);
		flows.publish(key, imported.lockVersion(), "带锁定标记", null);
		assertThat(FlowJson.read(flows.export(key, 1))).isEqualTo(marked);
	}

	@Test
	void a_region_admin_reads_head_offices_published_flows_and_changes_none() {
		String unpublished = newFlow();
		Fixtures.signIn(fixtures.regionAdmin(fixtures.province("只读省").id()));
		List<FlowSummary> read = flows.flows();
		assertThat(read).extracting(FlowSummary::key).contains("SIM_REPLACEMENT").doesNotContain(unpublished);
		assertThat(read).as("no word of head office's drafts").noneMatch(FlowSummary::hasDraft);
		assertThat(flows.versions("SIM_REPLACEMENT")).isNotEmpty();
		assertThat(flows.version("SIM_REPLACEMENT", 1).key()).isEqualTo("SIM_REPLACEMENT");
		assertThat(flows.export("SIM_REPLACEMENT", 1)).contains("SIM_REPLACEMENT");
		assertThatThrownBy(() -> flows.draft("SIM_REPLACEMENT")).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> flows.newDraftFrom("SIM_REPLACEMENT", 1)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> flows.saveDraft(unpublished, 0, flows.version("SIM_REPLACEMENT", 1)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> flows.publish(unpublished, 0, "省里发布", null)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> flows.importDraft(flows.export("SIM_REPLACEMENT", 1)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> flows.create(new NewFlowCommand(Fixtures.unique("REGION_").toUpperCase(), "省内流程", "")))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> flows.retire("SIM_REPLACEMENT")).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> standardFlows.install()).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> library.all()).isInstanceOf(AccessDeniedException.class);
		Fixtures.signIn(admin);
		assertThat(flows.flows()).extracting(FlowSummary::key).contains(unpublished);
	}

	private String newFlow() {
		String key = Fixtures.unique("FLOW_").toUpperCase();
		flows.create(new NewFlowCommand(key, "测试流程", "测试"));
		return key;
	}

	private FlowVersionEntity versionRow(String key, int number) {
		return versionRows.findAll()
			.stream()
			.filter(v -> number == (v.getNumber() == null ? -1 : v.getNumber()))
			.filter(v -> FlowJson.readStored(v.getDefinition()).key().equals(key))
			.findFirst()
			.orElseThrow();
	}

}
