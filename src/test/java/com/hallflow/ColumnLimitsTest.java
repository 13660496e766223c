package com.hallflow;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.base.BusinessException;
import com.hallflow.base.TranslationProvider;
import com.hallflow.flowdesign.Draft;
import com.hallflow.flowdesign.FlowDesignService;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.FlowFormatException;
import com.hallflow.flowdesign.FlowJson;
import com.hallflow.flowdesign.FlowTexts;
import com.hallflow.flowdesign.InputDefinition;
import com.hallflow.flowdesign.InputType;
import com.hallflow.flowdesign.NewFlowCommand;
import com.hallflow.flowdesign.ScriptLibraryService;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.flowexecution.RunningSession;
import com.hallflow.flowexecution.ServiceSessionService;
import com.hallflow.flowexecution.StartSessionCommand;
import com.hallflow.flowexecution.StepSubmission;
import com.hallflow.flowexecution.SubmitResult;
import com.hallflow.organization.BranchCommand;
import com.hallflow.organization.BranchService;
import com.hallflow.organization.BranchSummary;
import com.hallflow.organization.RegionCommand;
import com.hallflow.organization.RegionNode;
import com.hallflow.organization.RegionService;
import com.hallflow.promotion.PackageCategory;
import com.hallflow.promotion.PackageCommand;
import com.hallflow.promotion.PackageService;
import com.hallflow.promotion.PackageStatus;
import com.hallflow.promotion.RolloutCommand;
import com.hallflow.promotion.RolloutService;
import com.hallflow.promotion.Stage;
import com.hallflow.promotion.TargetKind;
import com.hallflow.promotion.RolloutTarget;
import com.hallflow.promotion.VasPackage;
import com.hallflow.security.CreateUserCommand;
import com.hallflow.security.StaffRole;
import com.hallflow.security.UpdateUserCommand;
import com.hallflow.security.UserAccountService;
import com.hallflow.security.UserSummary;
import com.hallflow.support.Fixtures;
import com.hallflow.variant.OverlayService;
import com.hallflow.support.H2Test;
import jakarta.persistence.Column;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.PluralAttribute;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every text column a person fills has a limit its service checks first: one character
 * too many is refused at the field, with a message that names the limit, and never
 * reaches the database. The columns are read from the JPA metamodel, so a new text column
 * fails this test until it is added to {@link #typed} or to
 * {@link #FILLED_BY_THE_APPLICATION} with the reason it cannot overflow. The flow
 * document's own texts are walked the same way by {@code FlowTextsTest}.
 */
@H2Test
class ColumnLimitsTest {

	/** Text columns no person types into, and why they cannot overflow. */
	private static final Map<String, String> FILLED_BY_THE_APPLICATION = Map.ofEntries(
			entry("AuditEventEntity.actor", "the signed-in user's username (at most 64) or system"),
			entry("AuditEventEntity.action", "an AuditAction constant"),
			entry("AuditEventEntity.target", "a code, key, receipt number or rollout name, each checked shorter"),
			entry("AuditEventEntity.detail", "a CLOB written by AuditDetail"),
			entry("UserAccount.passwordHash", "a password hash"),
			entry("UserAccount.locale", "a supported language's tag (TranslationProvider.supported)"),
			entry("FlowTemplateEntity.updatedBy", "the actor's username"),
			entry("FlowVersionEntity.definition", "a CLOB: the flow document, whose texts FlowTextsTest walks"),
			entry("FlowVersionEntity.createdBy", "the actor's username"),
			entry("FlowVersionEntity.updatedBy", "the actor's username"),
			entry("FlowVersionEntity.publishedBy", "the actor's username"),
			entry("FlowOverlayEntity.flowKey", "head office's flow key, as its template's column"),
			entry("FlowOverlayEntity.definition", "a CLOB: the overlay document, whose texts OverlayTexts checks"),
			entry("FlowOverlayEntity.createdBy", "the actor's username"),
			entry("FlowOverlayEntity.updatedBy", "the actor's username"),
			entry("FlowOverlayEntity.publishedBy", "the actor's username or the system's"),
			entry("ScriptSnippetEntity.updatedBy", "the actor's username"),
			entry("DraftTrialEntity.pathHash", "a SHA-256 in hex"),
			entry("DraftTrialEntity.triedBy", "the actor's username"),
			entry("ServiceSessionEntity.publicId", "a random UUID"),
			entry("ServiceSessionEntity.branchCode", "the branch's code, checked at the branch"),
			entry("ServiceSessionEntity.clerkName", "the clerk's username"),
			entry("ServiceSessionEntity.clerkDisplayName", "the clerk's name, checked at the account"),
			entry("ServiceSessionEntity.flowKey", "the flow's key, checked at the template"),
			entry("ServiceSessionEntity.flowName", "the flow's name, checked at the template"),
			entry("ServiceSessionEntity.outcome", "an Outcome constant"),
			entry("ServiceSessionEntity.currentStep", "a flow key and a step key (64 each) and a slash"),
			entry("ServiceSessionEntity.customerGrade", "a CustomerGrade constant; another name is refused"),
			entry("ServiceSessionEntity.customerNameEncrypted",
					"the typed name (checked at customerNameMasked, as long as the name), encrypted"),
			entry("ServiceSessionEntity.customerSalutation", "a Salutation constant; another name is refused"),
			entry("ServiceSessionEntity.mobileMasked", "a checked mobile number, masked"),
			entry("ServiceSessionEntity.mobileEncrypted", "a checked mobile number, encrypted"),
			entry("ServiceSessionEntity.mobileHash", "a keyed hash"),
			entry("ServiceSessionEntity.idNumberHash", "a keyed hash"),
			entry("ServiceSessionEntity.receiptNo", "made from the branch code, the day and a counter"),
			entry("StepRecordEntity.flowKey", "the flow's key"), entry("StepRecordEntity.stepKey", "a step key"),
			entry("StepRecordEntity.stepTitle", "the step's title, at most 100 in the document"),
			entry("StepRecordEntity.checkedItems", "indexes of ticked items: 400 hold 130, the schema allows 50"),
			entry("StepRecordEntity.nextTarget", "a target's JSON: keys of at most 64"),
			entry("StepRecordEntity.actor", "the clerk's username"),
			entry("StepSignatureEntity.inputKey", "a signature input of the step"),
			entry("StepSignatureEntity.party", "one of the input's parties (at most 50 in the document)"),
			entry("StepSignatureEntity.method", "PAD or PAPER"),
			entry("StepSignatureEntity.imageBase64", "a CLOB; a drawing over 300 kB is refused"),
			entry("OfferResponseEntity.sessionId", "the session's UUID"),
			entry("OfferResponseEntity.flowKey", "the flow's key"), entry("OfferResponseEntity.stepKey", "a step key"),
			entry("OfferResponseEntity.packageCode", "the package's code"),
			entry("OfferResponseEntity.packageName", "the package's name, checked at the package"),
			entry("OfferResponseEntity.outcome", "an OfferOutcome constant"),
			entry("OfferResponseEntity.declineReason", "a DeclineReason constant"),
			entry("PackageEntity.category", "a PackageCategory constant"),
			entry("PackageEntity.grades", "CustomerGrade constants joined by commas"),
			entry("PackageEntity.status", "a PackageStatus constant"),
			entry("PackageEntity.updatedBy", "the actor's username"),
			entry("PlacementRow.flowKey", "chosen from the promotion steps of published flows"),
			entry("PlacementRow.stepKey", "chosen from the promotion steps of published flows"),
			entry("RolloutEntity.updatedBy", "the actor's username"), entry("TargetRow.kind", "a TargetKind constant"),
			entry("FlowRolloutEntity.flowKey", "the key of a published flow"),
			entry("FlowRolloutEntity.subjectKind", "a FlowRollout.Subject constant"),
			entry("FlowRolloutEntity.createdBy", "the actor's username"),
			entry("FlowRolloutEntity.updatedBy", "the actor's username"));

	@Autowired
	EntityManagerFactory entities;

	@Autowired
	Fixtures fixtures;

	@Autowired
	BranchService branches;

	@Autowired
	OverlayService overlays;

	@Autowired
	RegionService regions;

	@Autowired
	UserAccountService users;

	@Autowired
	FlowDesignService flows;

	@Autowired
	ScriptLibraryService library;

	@Autowired
	PackageService packages;

	@Autowired
	RolloutService rollouts;

	@Autowired
	ServiceSessionService sessions;

	@Autowired
	Clock clock;

	@AfterEach
	void signOut() {
		Fixtures.signOut();
	}

	@Test
	void every_text_column_is_checked_by_its_service_or_listed_as_filled_by_the_application() {
		Set<String> listed = new TreeSet<>(FILLED_BY_THE_APPLICATION.keySet());
		listed.addAll(typedColumns());

		assertThat(textColumns().keySet()).as("text columns of the JPA metamodel").isEqualTo(listed);
	}

	@Test
	void one_character_over_a_column_is_refused_at_its_field_with_the_limit_named() {
		Map<String, Integer> lengths = textColumns();
		SoftAssertions softly = new SoftAssertions();
		typed().forEach((column, checks) -> {
			int most = lengths.get(column);
			for (Typed typed : checks) {
				Refusal refusal = typed.store().apply(String.valueOf(typed.filler()).repeat(most + 1));
				softly.assertThat(refusal).as("%s through %s", column, typed.field()).isNotNull();
				if (refusal != null) {
					softly.assertThat(refusal.field()).as("%s: the field", column).isEqualTo(typed.field());
					softly.assertThat(refusal.message())
						.as("%s: the message names %d", column, most)
						.contains(Integer.toString(most));
				}
			}
		});
		softly.assertAll();
	}

	@Test
	void a_direction_override_or_a_line_break_in_a_typed_text_is_refused_at_its_field() {
		SoftAssertions softly = new SoftAssertions();
		typed().forEach((column, checks) -> {
			for (Typed typed : checks.stream().filter(Typed::line).toList()) {
				for (String hidden : List.of("\u202E", "\n", "\u0007")) {
					String value = typed.filler() + hidden + typed.filler() + typed.filler();
					Refusal refusal = typed.store().apply(value);
					softly.assertThat(refusal == null ? "stored" : refusal.field())
						.as("%s with U+%04X", column, (int) hidden.charAt(0))
						.isEqualTo(typed.field());
				}
			}
		});
		softly.assertAll();
	}

	@Test
	void a_draft_with_a_text_too_long_a_hidden_direction_character_or_over_a_mebibyte_is_refused_before_it_is_stored() {
		Fixtures.signIn(fixtures.user(StaffRole.HQ_ADMIN, null));
		String key = Fixtures.unique("LIMITS_");
		Draft draft = flows.create(new NewFlowCommand(key, "限长流程", null));
		FlowDocument longScript = draft.document()
			.withSteps(List.of(StepDefinition.of("ask", "询问", "话".repeat(FlowTexts.SCRIPT_MOST + 1))));
		FlowDocument huge = draft.document()
			.withSteps(
					IntStream.range(0, 250).mapToObj(i -> StepDefinition.of("s" + i, "步骤", "话".repeat(1500))).toList());
		String hidden = FlowJson
			.write(draft.document().withSteps(List.of(StepDefinition.of("ask", "付款人\u202E人款付", "您好。"))));

		assertThat(as(null, () -> flows.saveDraft(key, draft.lockVersion(), longScript))).isEqualTo(new Refusal(
				"$.steps[0].script", zh("flowdesign.validation.textTooLong", "话话话话话话话话话话话话话话话话话话话话…", "5000", "5001")));
		assertThat(as(null, () -> flows.saveDraft(key, draft.lockVersion(), huge))).satisfies(refusal -> {
			assertThat(refusal.field()).isNull();
			assertThat(refusal.message()).startsWith("流程文档最多 1024 KB");
		});
		assertThat(as(null, () -> flows.importDraft(hidden, key, null))).satisfies(refusal -> {
			assertThat(refusal.field()).isEqualTo("$.steps[0].title");
			assertThat(refusal.message()).contains("付款人[U+202E]人款付", "turns the direction");
		});
		assertThat(flows.draft(key).orElseThrow().document().steps()).isEmpty();
	}

	/**
	 * The text columns of every entity and embeddable with their lengths, as
	 * {@code Entity.attribute}.
	 */
	private Map<String, Integer> textColumns() {
		Map<String, Integer> columns = new TreeMap<>();
		List<ManagedType<?>> types = new ArrayList<>(entities.getMetamodel().getEntities());
		types.addAll(entities.getMetamodel().getEmbeddables());
		for (ManagedType<?> type : types) {
			for (Attribute<?, ?> attribute : type.getDeclaredAttributes()) {
				Class<?> javaType = attribute instanceof PluralAttribute<?, ?, ?> plural
						? plural.getElementType().getJavaType() : attribute.getJavaType();
				if (javaType == String.class) {
					columns.put(type.getJavaType().getSimpleName() + "." + attribute.getName(),
							length(type.getJavaType(), attribute.getName()));
				}
			}
		}
		return columns;
	}

	private static int length(Class<?> type, String attribute) {
		try {
			Column column = type.getDeclaredField(attribute).getAnnotation(Column.class);
			return column == null ? 255 : column.length();
		}
		catch (NoSuchFieldException e) {
			throw new IllegalStateException(e);
		}
	}

	private Set<String> typedColumns() {
		return Set.of("Branch.code", "Branch.name", "Branch.address", "Region.code", "Region.name",
				"UserAccount.username", "UserAccount.displayName", "FlowTemplateEntity.key", "FlowTemplateEntity.name",
				"FlowTemplateEntity.category", "FlowVersionEntity.changeNote", "FlowOverlayEntity.changeNote",
				"ScriptSnippetEntity.key", "ScriptSnippetEntity.title", "ScriptSnippetEntity.text",
				"ScriptSnippetEntity.tags", "ServiceSessionEntity.customerNameMasked",
				"ServiceSessionEntity.abandonReason", "StepRecordEntity.shownValues", "StepRecordEntity.sealedValues",
				"PackageEntity.code", "PackageEntity.name", "PackageEntity.description", "PackageEntity.pitchScript",
				"RolloutEntity.name");
	}

	/**
	 * For each typed column, the ways a person fills it: the call that stores a value,
	 * the field it belongs to and a character the field takes.
	 */
	private Map<String, List<Typed>> typed() {
		UserSummary admin = fixtures.user(StaffRole.HQ_ADMIN, null);
		Fixtures.signIn(admin);
		RegionNode city = fixtures.city(fixtures.province("限长省"), "限长市");
		BranchSummary branch = fixtures.branch(city, "限长营业厅");
		UserSummary cityAdmin = fixtures.regionAdmin(city.id());
		UserSummary clerk = fixtures.user(StaffRole.BRANCH_STAFF, branch.id());
		Draft draft = flows.create(new NewFlowCommand(Fixtures.unique("LIMITS_"), "限长流程", null));
		VasPackage pack = packages.save(packageCommand(Fixtures.unique("PK"), "限长包", null, "推荐"));
		String textFlow = published(admin,
				IntStream.range(0, 9)
					.mapToObj(i -> InputDefinition.of("t" + i, "说明 " + i, InputType.TEXT, false))
					.toList());
		String mobileFlow = published(admin,
				IntStream.range(0, 40)
					.mapToObj(i -> InputDefinition.of("m" + i + "x".repeat(60), "号码 " + i, InputType.MOBILE, false))
					.toList());

		Map<String, List<Typed>> typed = new LinkedHashMap<>();
		Function<Function<String, Runnable>, Function<String, Refusal>> asAdmin = call -> v -> as(admin, call.apply(v));
		Function<Function<String, Runnable>, Function<String, Refusal>> asClerk = call -> v -> as(clerk, call.apply(v));
		typed.put("Branch.code", List.of(new Typed("code", 'A', false, asAdmin
			.apply(v -> () -> branches.create(new BranchCommand(null, 0, v, "限长营业厅", city.id(), null, true))))));
		typed.put("Branch.name", List.of(new Typed("name", '厅', true, asAdmin.apply(v -> () -> branches
			.create(new BranchCommand(null, 0, Fixtures.unique("B-"), v, city.id(), null, true))))));
		typed.put("Branch.address", List.of(new Typed("address", '路', true, asAdmin.apply(v -> () -> branches
			.create(new BranchCommand(null, 0, Fixtures.unique("B-"), "限长营业厅", city.id(), v, true))))));
		typed.put("Region.code", List.of(new Typed("code", 'A', false,
				asAdmin.apply(v -> () -> regions.create(new RegionCommand(v, "限长市", null))))));
		typed.put(
				"Region.name", List.of(
						new Typed("name", '市', true,
								asAdmin.apply(
										v -> () -> regions.create(new RegionCommand(Fixtures.unique("R"), v, null)))),
						new Typed("name", '市', true,
								asAdmin.apply(v -> () -> regions.rename(city.id(), city.lockVersion(), v)))));
		typed.put("UserAccount.username", List.of(new Typed("username", 'a', false, asAdmin.apply(v -> () -> users
			.create(new CreateUserCommand(v, "限长员工", StaffRole.HQ_ADMIN, null, Fixtures.PASSWORD, false))))));
		typed.put("UserAccount.displayName", List.of(
				new Typed("displayName", '员', true,
						asAdmin.apply(v -> () -> users.create(new CreateUserCommand(Fixtures.unique("limits"), v,
								StaffRole.HQ_ADMIN, null, Fixtures.PASSWORD, false)))),
				new Typed("displayName", '员', true,
						asAdmin.apply(v -> () -> users.update(new UpdateUserCommand(clerk.id(), clerk.lockVersion(), v,
								StaffRole.BRANCH_STAFF, branch.id(), true))))));
		typed.put("FlowTemplateEntity.key", List.of(new Typed("key", 'A', false,
				asAdmin.apply(v -> () -> flows.create(new NewFlowCommand(v, "限长流程", null))))));
		typed
			.put("FlowTemplateEntity.name", List.of(
					new Typed("name", '流', true,
							asAdmin.apply(
									v -> () -> flows.create(new NewFlowCommand(Fixtures.unique("LIMITS_"), v, null)))),
					new Typed("$.name", '流', true, asAdmin.apply(v -> () -> flows.saveDraft(draft.key(),
							draft.lockVersion(), withNameAndCategory(draft.document(), v, null))))));
		typed.put("FlowTemplateEntity.category", List.of(
				new Typed("category", '类', true,
						asAdmin
							.apply(v -> () -> flows.create(new NewFlowCommand(Fixtures.unique("LIMITS_"), "限长流程", v)))),
				new Typed("$.category", '类', true, asAdmin.apply(v -> () -> flows.saveDraft(draft.key(),
						draft.lockVersion(), withNameAndCategory(draft.document(), "限长流程", v))))));
		typed.put("FlowVersionEntity.changeNote", List.of(new Typed("changeNote", '改', false,
				asAdmin.apply(v -> () -> flows.publish(draft.key(), draft.lockVersion(), v, null)))));
		typed.put("FlowOverlayEntity.changeNote", List.of(new Typed("changeNote", '改', false, v -> as(null, () -> {
			Fixtures.signIn(cityAdmin);
			overlays.publish(draft.key(), city.id(), 0, v);
		}))));
		typed.put("ScriptSnippetEntity.key", List
			.of(new Typed("key", 'a', false, asAdmin.apply(v -> () -> library.save(v, null, "限长话术", "您好。", null)))));
		typed.put("ScriptSnippetEntity.title", List.of(new Typed("title", '话', true,
				asAdmin.apply(v -> () -> library.save(Fixtures.unique("limits."), null, v, "您好。", null)))));
		typed.put("ScriptSnippetEntity.text", List.of(new Typed("text", '话', false,
				asAdmin.apply(v -> () -> library.save(Fixtures.unique("limits."), null, "限长话术", v, null)))));
		typed.put("ScriptSnippetEntity.tags", List.of(new Typed("tags", '签', true,
				asAdmin.apply(v -> () -> library.save(Fixtures.unique("limits."), null, "限长话术", "您好。", v)))));
		typed.put("PackageEntity.code", List.of(new Typed("code", 'A', false,
				asAdmin.apply(v -> () -> packages.save(packageCommand(v, "限长包", null, "推荐"))))));
		typed.put("PackageEntity.name", List.of(new Typed("name", '包', true,
				asAdmin.apply(v -> () -> packages.save(packageCommand(Fixtures.unique("PK"), v, null, "推荐"))))));
		typed.put("PackageEntity.description", List.of(new Typed("description", '说', false,
				asAdmin.apply(v -> () -> packages.save(packageCommand(Fixtures.unique("PK"), "限长包", v, "推荐"))))));
		typed.put("PackageEntity.pitchScript", List.of(new Typed("pitchScript", '推', false,
				asAdmin.apply(v -> () -> packages.save(packageCommand(Fixtures.unique("PK"), "限长包", null, v))))));
		typed.put("RolloutEntity.name", List.of(new Typed("name", '推', true,
				asAdmin.apply(v -> () -> rollouts.save(new RolloutCommand(null, null, pack.id(), v, 1, null, null,
						List.of(new Stage(clock.instant(), List.of(new RolloutTarget(TargetKind.BRANCH, branch.id())))),
						List.of()))))));
		typed.put("ServiceSessionEntity.customerNameMasked", List.of(new Typed("customerName", '客', true,
				asClerk.apply(v -> () -> sessions.start(new StartSessionCommand(textFlow, false, v, null, null))))));
		typed.put("ServiceSessionEntity.abandonReason", List.of(new Typed("reason", '因', true,
				asClerk.apply(v -> () -> sessions.abandon(sessions.start(StartSessionCommand.of(textFlow)).id(), v)))));
		typed.put("StepRecordEntity.shownValues",
				List.of(new Typed("t0", '值', false, v -> as(clerk, () -> submitted(textFlow, spread(v, 9, "t", ""))))));
		typed.put("StepRecordEntity.sealedValues", List.of(new Typed("m0" + "x".repeat(60), '1', false,
				v -> as(clerk, () -> submitted(mobileFlow, spread("13812345678", 40, "m", "x".repeat(60)))))));
		return typed;
	}

	/**
	 * A flow published with one step asking these inputs; its key.
	 */
	private String published(UserSummary admin, List<InputDefinition> inputs) {
		Fixtures.signIn(admin);
		String key = Fixtures.unique("LIMITED_");
		Draft draft = flows.create(new NewFlowCommand(key, "限长受理", null));
		Draft saved = flows.saveDraft(key, draft.lockVersion(), new FlowDocument(FlowDocument.CURRENT_FORMAT, key,
				"限长受理", null, null, null, null, List.of(StepDefinition.of("ask", "填写", "请填写。").withInputs(inputs))));
		flows.publish(key, saved.lockVersion(), "限长测试", null);
		return key;
	}

	/**
	 * Starts the flow and submits its one step with these values; a refusal is thrown as
	 * the first field error.
	 */
	private void submitted(String flowKey, Map<String, String> values) {
		RunningSession session = sessions.start(StartSessionCommand.of(flowKey));
		SubmitResult result = sessions.submit(session.id(), StepSubmission.of(session.sequence(), values));
		if (!result.errors().isEmpty()) {
			throw BusinessException.forField(result.errors().get(0).field(), result.errors().get(0).messageKey());
		}
	}

	/**
	 * The value cut into {@code parts} pieces of at most 500 characters, keyed
	 * {@code prefix + i + suffix}; a value shorter than that is repeated for each key.
	 */
	private static Map<String, String> spread(String value, int parts, String prefix, String suffix) {
		Map<String, String> values = new LinkedHashMap<>();
		int size = value.length() <= 500 ? value.length() : (value.length() + parts - 1) / parts;
		for (int i = 0; i < parts; i++) {
			String part = value.length() <= 500 ? value
					: value.substring(Math.min(i * size, value.length()), Math.min((i + 1) * size, value.length()));
			values.put(prefix + i + suffix, part);
		}
		return values;
	}

	private PackageCommand packageCommand(String code, String name, String description, String pitch) {
		return new PackageCommand(null, null, code, name, PackageCategory.OTHER, new BigDecimal("5.00"), description,
				pitch, Set.of(), List.of(), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), null,
				PackageStatus.DRAFT);
	}

	private static FlowDocument withNameAndCategory(FlowDocument document, String name, String category) {
		return new FlowDocument(document.formatVersion(), document.key(), name, category, document.description(),
				document.icon(), document.targetMinutes(), document.takesEffect(), document.steps());
	}

	/**
	 * Runs the call as the user (null: whoever is signed in); the refusal it met, or null
	 * when it stored the value.
	 */
	private static Refusal as(UserSummary user, Runnable call) {
		if (user != null) {
			Fixtures.signIn(user);
		}
		try {
			call.run();
			return null;
		}
		catch (FlowFormatException e) {
			return new Refusal(e.problems().get(0).path(), e.problems().get(0).message());
		}
		catch (BusinessException e) {
			return new Refusal(e.field().orElse(null), zh(e.messageKey(), e.arguments()));
		}
		catch (ConstraintViolationException e) {
			ConstraintViolation<?> violation = e.getConstraintViolations().iterator().next();
			String field = null;
			for (Path.Node node : violation.getPropertyPath()) {
				field = node.getName();
			}
			return new Refusal(field, zh(violation.getMessage()));
		}
		catch (RuntimeException e) {
			return new Refusal("not refused but failed: " + e.getClass().getSimpleName(),
					String.valueOf(e.getMessage()));
		}
	}

	private static String zh(String key, Object... arguments) {
		return new TranslationProvider().getTranslation(key, Locale.SIMPLIFIED_CHINESE, arguments);
	}

	/**
	 * One way a person fills a column.
	 *
	 * @param field where the refusal is shown
	 * @param filler a character the field takes
	 * @param line whether the text is one line (names, titles): no line break, no control
	 * character
	 * @param store stores a value; the refusal it met, or null
	 */
	record Typed(String field, char filler, boolean line, Function<String, Refusal> store) {
	}

	record Refusal(String field, String message) {
	}

}
