package com.hallflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.organization.BranchSummary;
import com.hallflow.support.Fixtures;
import com.hallflow.support.H2Test;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.expression.EvaluationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.expression.ExpressionUtils;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * The service-level twin of {@link AccessMatrixTest}: every public method of every
 * service (and of every other bean with a {@code @PreAuthorize}) states who may call it,
 * and calling it as each role and anonymously is refused or let through exactly as that
 * rule says. Methods are called with empty arguments inside a transaction that is rolled
 * back: whatever they throw past the security check is fine, only the refusals count. A
 * few sensitive operations are pinned in {@link #PINNED}, so that loosening their rule
 * fails here too. Rules are written with the security module's annotations, not as
 * expressions spelled in each service.
 */
@H2Test
class ServiceAccessMatrixTest {

	private static final String ANONYMOUS = "ANONYMOUS";

	private static final List<String> CALLERS = List.of(AppRoles.HQ_ADMIN, AppRoles.REGION_ADMIN,
			AppRoles.BRANCH_MANAGER, AppRoles.BRANCH_STAFF, ANONYMOUS);

	private static final Set<String> HEAD_OFFICE = Set.of(AppRoles.HQ_ADMIN);

	private static final Set<String> SUPERVISORS = Set.of(AppRoles.BRANCH_MANAGER, AppRoles.HQ_ADMIN);

	private static final Set<String> EVERYONE_SIGNED_IN = Set.of(AppRoles.HQ_ADMIN, AppRoles.REGION_ADMIN,
			AppRoles.BRANCH_MANAGER, AppRoles.BRANCH_STAFF);

	private static final Set<String> REGION = Set.of(AppRoles.REGION_ADMIN);

	private static final Set<String> HEAD_OFFICE_OR_REGION = Set.of(AppRoles.HQ_ADMIN, AppRoles.REGION_ADMIN);

	private static final Set<String> ANYBODY = Set.copyOf(CALLERS);

	/**
	 * Who may call the sensitive operations, whatever the annotations say. A key is tried
	 * as {@code Class.method(ParameterTypes)}, then {@code Class.method}, then
	 * {@code method} in any bean, so that the rule follows an operation that moves to
	 * another service.
	 */
	private static final Map<String, Set<String>> PINNED = new LinkedHashMap<>();

	static {
		PINNED.put("reveal", SUPERVISORS);
		PINNED.put("revealName", SUPERVISORS);
		PINNED.put("publish", HEAD_OFFICE);
		PINNED.put("publishStaged", HEAD_OFFICE);
		// head office plans its versions' rollouts, a region admin its own region's
		// overlays' (checked in the service: FlowRolloutsContract)
		PINNED.put("FlowRolloutService.save", Set.of(AppRoles.HQ_ADMIN, AppRoles.REGION_ADMIN));
		PINNED.put("FlowRolloutService.rollBack", Set.of(AppRoles.HQ_ADMIN, AppRoles.REGION_ADMIN));
		PINNED.put("OverlayService.publish", REGION);
		PINNED.put("OverlayService.publishStaged", REGION);
		PINNED.put("OverlayService.saveDraft", REGION);
		PINNED.put("OverlayService.importDraft", REGION);
		PINNED.put("OverlayService.draft", HEAD_OFFICE_OR_REGION);
		PINNED.put("OverlayService.export", HEAD_OFFICE_OR_REGION);
		PINNED.put("OverlayService.behind", HEAD_OFFICE);
		PINNED.put("OverlayService.overlaysOf", HEAD_OFFICE);
		PINNED.put("AuditLog.search", HEAD_OFFICE);
		PINNED.put("AuditLog.count", HEAD_OFFICE);
		PINNED.put("AuditLog.actions", HEAD_OFFICE);
		PINNED.put("AuditLog.latest", HEAD_OFFICE);
		PINNED.put("AuditLog.record", ANYBODY);
		// a region admin reads head office's names (who published a flow) and their
		// region's
		PINNED.put("UserAccountService.displayNames",
				Set.of(AppRoles.BRANCH_MANAGER, AppRoles.HQ_ADMIN, AppRoles.REGION_ADMIN));
		PINNED.put("OfferService.recorded(String)", EVERYONE_SIGNED_IN);
		PINNED.put("OfferService.recorded(Collection)", HEAD_OFFICE);
		PINNED.put("StaffUserDetailsService.loadUserByUsername", ANYBODY);
		// a region admin compares within their region (VersionComparisonContract)
		PINNED.put("VersionComparisonService.compare", Set.of(AppRoles.HQ_ADMIN, AppRoles.REGION_ADMIN));
	}

	/**
	 * What a region admin may call: the figures and branches of their region (scoped by
	 * the service), head office's flows to read, and what every signed-in user may call.
	 * The session, record and offer reads of every signed-in user find nothing for them:
	 * those are scoped to the caller's branch, and a region admin has none.
	 */
	private static final Set<String> REGION_ADMIN_MAY = Set.of("AuditLog.record(String, AuditAction, String, String)",
			"BranchService.count(BranchFilter)", "BranchService.get(long)",
			"BranchService.list(BranchFilter, Pageable)", "DashboardService.byBranch(DashboardFilter)",
			"DashboardService.byClerk(DashboardFilter)", "DashboardService.byDay(DashboardFilter)",
			"DashboardService.byFlow(DashboardFilter)", "DashboardService.byProvince(DashboardFilter)",
			"DashboardService.dashboard(DashboardFilter)", "DashboardService.dropOff(DashboardFilter)",
			"DashboardService.offersByClerk(DashboardFilter)", "DashboardService.offersByPackage(DashboardFilter)",
			"DashboardService.offersByPlace(DashboardFilter)", "DashboardService.scoped(DashboardFilter)",
			"DashboardService.skippedItems(DashboardFilter)", "DashboardService.total(DashboardFilter)",
			"EffectiveFlows.overlay(long)", "EffectiveFlows.ref(String, long, Instant)", "FlowEditions.byRunId(long)",
			"FlowEditions.document(EffectiveRef)", "FlowEditions.labels(long)",
			"OverlayService.check(String, long, FlowOverlay)", "OverlayService.conflicts(String, long)",
			"OverlayService.draft(String, long)", "OverlayService.export(String, long, int)",
			"OverlayService.history(String, long)", "OverlayService.importDraft(String, long, String)",
			"OverlayService.overview(long)", "OverlayService.ownRegion()",
			"OverlayService.publish(String, long, long, String)",
			"OverlayService.publishStaged(String, long, long, String, List, List)", "OverlayService.region(long)",
			"OverlayService.saveDraft(String, long, long, FlowOverlay)", "OverlayService.version(String, long, int)",
			"PublishedFlowService.newest(String)", "FlowEditions.current(String, long, Instant)",
			"FlowEditions.flow(EffectiveRef)", "FlowRolloutService.current(String)",
			"FlowRolloutService.overlayRollout(String, long)", "FlowRolloutService.overlayRolloutsIn(long)",
			"FlowRolloutService.rollBack(long, long)", "FlowRolloutService.save(FlowRolloutCommand)",
			"FlowRolloutService.setPaused(long, long, boolean)", "FlowRolloutService.stage(Subject, long)",
			"PublishedFlowService.publishedVersions()",
			"VersionComparisonService.compare(String, int, Integer, LocalDate, LocalDate)",
			"FlowDesignService.export(String, int)", "FlowDesignService.flows()",
			"FlowDesignService.version(String, int)", "FlowDesignService.versions(String)",
			"OfferService.recorded(String)", "PublishedFlowService.byVersionId(long)",
			"PublishedFlowService.current(String)", "PublishedFlowService.startable()",
			"PublishedFlowService.tileRanks()", "RegionService.all()", "RegionService.tree()",
			"RegionService.nameOf(long)", "ServiceSessionService.open(String)", "SessionRecordService.record(String)",
			"StaffUserDetailsService.loadUserByUsername(String)", "UserAccountService.changeOwnLocale(Locale)",
			"UserAccountService.changeOwnPassword(String, String)", "UserAccountService.displayNames(Collection)");

	/**
	 * Services whose rules are still spelled out: the run side, being split; empty this
	 * when it is done.
	 */

	@Autowired
	ApplicationContext context;

	@Autowired
	Fixtures fixtures;

	@Autowired
	PlatformTransactionManager transactions;

	private final DefaultMethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();

	@AfterEach
	void signOut() {
		Fixtures.signOut();
	}

	@Test
	void every_public_service_method_states_who_may_call_it() {
		List<String> open = new ArrayList<>();
		securedBeans().forEach((name, type) -> publicMethods(type).stream()
			.filter(m -> rule(type, m).isEmpty())
			.forEach(m -> open.add(describe(type, m))));
		assertThat(open)
			.as("public methods without @PreAuthorize (directly, through a meta-annotation such as "
					+ "@HeadOffice, or on the class)")
			.isEmpty();
	}

	@Test
	void rules_name_who_may_call_through_the_security_annotations() {
		List<String> spelled = new ArrayList<>();
		securedBeans().forEach((name, type) -> {
			if (type.getPackageName().equals("com.hallflow.base")) {
				return; // the shared kernel cannot see these annotations
			}
			PreAuthorize onClass = type.getDeclaredAnnotation(PreAuthorize.class);
			if (onClass != null && !"permitAll()".equals(onClass.value())) {
				spelled.add(type.getSimpleName() + ": " + onClass.value());
			}
			publicMethods(type).stream()
				.filter(m -> m.getDeclaredAnnotation(PreAuthorize.class) != null
						&& !"permitAll()".equals(m.getDeclaredAnnotation(PreAuthorize.class).value()))
				.forEach(m -> spelled
					.add(describe(type, m) + ": " + m.getDeclaredAnnotation(PreAuthorize.class).value()));
		});
		assertThat(spelled)
			.as("use @HeadOffice, @HeadOfficeOrRegion, @AtTheCounter, @Supervisor, @SupervisorOrRegion or @AnyStaff "
					+ "instead of spelling the expression")
			.isEmpty();
	}

	@Test
	void the_sensitive_operations_are_open_to_exactly_the_pinned_roles() {
		Map<String, Integer> matched = new LinkedHashMap<>();
		PINNED.keySet().forEach(key -> matched.put(key, 0));
		List<String> wrong = new ArrayList<>();
		securedBeans()
			.forEach((name, type) -> publicMethods(type).forEach(method -> pinned(type, method).ifPresent(key -> {
				matched.merge(key, 1, Integer::sum);
				Set<String> allowed = rule(type, method).isPresent() ? allowed(type, method) : Set.of();
				if (!allowed.equals(PINNED.get(key))) {
					wrong.add(describe(type, method) + " allows " + new TreeSet<>(allowed) + ", pinned "
							+ new TreeSet<>(PINNED.get(key)));
				}
			})));
		assertThat(matched).as("every pinned operation still exists")
			.allSatisfy((key, count) -> assertThat(count).as(key).isPositive());
		assertThat(wrong).isEmpty();
	}

	/**
	 * Every method a region admin may call, so that no rule opens another one to them
	 * unnoticed: their region's figures and branches, head office's flows to read, what
	 * every signed-in user may call (each scoped or harmless for them), never the
	 * counter, records, reveals, the planner, staff administration or the audit log.
	 */
	@Test
	void a_region_admin_may_call_exactly_these_methods() {
		Set<String> open = new TreeSet<>();
		securedBeans().forEach((name, type) -> publicMethods(type).stream()
			.filter(m -> rule(type, m).isPresent() && allowed(type, m).contains(AppRoles.REGION_ADMIN))
			.forEach(m -> open.add(describe(type, m))));
		assertThat(open).containsExactlyInAnyOrderElementsOf(REGION_ADMIN_MAY);
	}

	@Test
	void each_caller_is_refused_or_let_through_exactly_as_the_rule_says() {
		BranchSummary branch = fixtures.branch("服务权限厅");
		Map<String, UserSummary> users = Map.of(AppRoles.HQ_ADMIN, fixtures.user(StaffRole.HQ_ADMIN, null),
				AppRoles.REGION_ADMIN, fixtures.regionAdmin(fixtures.province("服务权限省").id()), AppRoles.BRANCH_MANAGER,
				fixtures.user(StaffRole.BRANCH_MANAGER, branch.id()), AppRoles.BRANCH_STAFF,
				fixtures.user(StaffRole.BRANCH_STAFF, branch.id()));
		List<String> wrong = new ArrayList<>();
		int calls = 0;
		for (Map.Entry<String, Class<?>> bean : securedBeans().entrySet()) {
			Object target = context.getBean(bean.getKey());
			for (Method method : publicMethods(bean.getValue())) {
				if (rule(bean.getValue(), method).isEmpty()) {
					continue;
				}
				Set<String> allowed = allowed(bean.getValue(), method);
				for (String caller : CALLERS) {
					if (ANONYMOUS.equals(caller)) {
						Fixtures.signOut();
					}
					else {
						Fixtures.signIn(users.get(caller));
					}
					Throwable thrown = call(target, method);
					calls++;
					String refusal = refusal(thrown);
					String expected = allowed.contains(caller) ? null
							: ANONYMOUS.equals(caller) ? "no credentials" : "access denied";
					if (!Objects.equals(refusal, expected)) {
						wrong.add(describe(bean.getValue(), method) + " as " + caller + ": expected "
								+ (expected == null ? "to pass the check" : expected) + ", got "
								+ (refusal == null ? "through" : refusal));
					}
				}
			}
		}
		assertThat(calls).isGreaterThan(100);
		assertThat(wrong).isEmpty();
	}

	/**
	 * A region admin with no account and no region yet (the role has neither until the
	 * region admin's accounts come): what passes a method's rule may fail later, only the
	 * rule's refusal counts.
	 */
	/**
	 * The application's services and every other bean of ours with a method security
	 * rule, by bean name.
	 */
	private Map<String, Class<?>> securedBeans() {
		Map<String, Class<?>> beans = new LinkedHashMap<>();
		for (String name : context.getBeanDefinitionNames()) {
			Class<?> type = context.getType(name);
			if (type == null) {
				continue;
			}
			Class<?> user = ClassUtils.getUserClass(type);
			if (!user.getName().startsWith("com.hallflow.") || user.getName().startsWith("com.hallflow.support.")) {
				continue;
			}
			boolean service = MergedAnnotations.from(user, SearchStrategy.TYPE_HIERARCHY).isPresent(Service.class);
			boolean secured = hasPreAuthorize(user) || publicMethods(user).stream().anyMatch(this::hasPreAuthorize);
			if (service || secured) {
				beans.put(name, user);
			}
		}
		assertThat(beans.values()).as("the scan finds the services").contains(UserAccountService.class);
		return beans;
	}

	private static List<Method> publicMethods(Class<?> type) {
		return Arrays.stream(ReflectionUtils.getUniqueDeclaredMethods(type))
			.filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()
					&& !m.isBridge() && m.getDeclaringClass().getName().startsWith("com.hallflow."))
			.sorted(Comparator.comparing(Method::getName).thenComparing(Method::getParameterCount))
			.toList();
	}

	private boolean hasPreAuthorize(AnnotatedElement element) {
		return MergedAnnotations.from(element, SearchStrategy.TYPE_HIERARCHY).isPresent(PreAuthorize.class);
	}

	/**
	 * The method's own rule, else its class's, as Spring Security reads them
	 * (meta-annotations included).
	 */
	private static Optional<String> rule(Class<?> type, Method method) {
		MergedAnnotation<PreAuthorize> own = MergedAnnotations.from(method, SearchStrategy.TYPE_HIERARCHY)
			.get(PreAuthorize.class);
		MergedAnnotation<PreAuthorize> found = own.isPresent() ? own
				: MergedAnnotations.from(type, SearchStrategy.TYPE_HIERARCHY).get(PreAuthorize.class);
		return found.isPresent() ? Optional.of(found.getString("value")) : Optional.empty();
	}

	/**
	 * Who the method's rule lets through, evaluated as Spring Security would for each
	 * caller.
	 */
	private Set<String> allowed(Class<?> type, Method method) {
		String rule = rule(type, method).orElseThrow(() -> new AssertionError(describe(type, method) + " has no rule"));
		Set<String> allowed = new LinkedHashSet<>();
		for (String caller : CALLERS) {
			Authentication who = ANONYMOUS.equals(caller)
					? new AnonymousAuthenticationToken("key", "anonymous",
							AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))
					: UsernamePasswordAuthenticationToken.authenticated("someone", null,
							AuthorityUtils.createAuthorityList("ROLE_" + caller));
			EvaluationContext evaluation = expressions.createEvaluationContext(() -> who,
					new SimpleMethodInvocation(new Object(), method));
			if (ExpressionUtils.evaluateAsBoolean(expressions.getExpressionParser().parseExpression(rule),
					evaluation)) {
				allowed.add(caller);
			}
		}
		return allowed;
	}

	private static Optional<String> pinned(Class<?> type, Method method) {
		String parameters = Arrays.stream(method.getParameterTypes())
			.map(Class::getSimpleName)
			.collect(Collectors.joining(","));
		String qualified = type.getSimpleName() + "." + method.getName();
		return Stream.of(qualified + "(" + parameters + ")", qualified, method.getName())
			.filter(PINNED::containsKey)
			.findFirst();
	}

	/**
	 * Calls the method on the bean (through its security proxy) with empty arguments;
	 * what it threw, if anything.
	 */
	private Throwable call(Object bean, Method method) {
		Method onBean = ReflectionUtils.findMethod(bean.getClass(), method.getName(), method.getParameterTypes());
		Object[] arguments = Arrays.stream(method.getParameterTypes()).map(ServiceAccessMatrixTest::empty).toArray();
		TransactionTemplate rolledBack = new TransactionTemplate(transactions);
		try {
			rolledBack.executeWithoutResult(status -> {
				status.setRollbackOnly();
				try {
					ReflectionUtils.makeAccessible(onBean);
					onBean.invoke(bean, arguments);
				}
				catch (InvocationTargetException e) {
					throw new Thrown(e.getCause());
				}
				catch (IllegalAccessException | IllegalArgumentException e) {
					throw new AssertionError("could not call " + method, e);
				}
			});
			return null;
		}
		catch (Thrown e) {
			return e.getCause();
		}
		catch (RuntimeException e) {
			return e;
		}
	}

	/** Carries what the called method threw out of the transaction callback. */
	private static final class Thrown extends RuntimeException {

		Thrown(Throwable cause) {
			super(cause);
		}

	}

	private static String refusal(Throwable thrown) {
		if (thrown instanceof AuthenticationCredentialsNotFoundException) {
			return "no credentials";
		}
		return thrown instanceof AccessDeniedException ? "access denied" : null;
	}

	private static Object empty(Class<?> type) {
		if (type.isPrimitive()) {
			return Array.get(Array.newInstance(type, 1), 0);
		}
		if (type == List.class || type == Collection.class) {
			return List.of();
		}
		if (type == Set.class) {
			return Set.of();
		}
		if (type == Map.class) {
			return Map.of();
		}
		if (type == Optional.class) {
			return Optional.empty();
		}
		return type.isArray() ? Array.newInstance(type.getComponentType(), 0) : null;
	}

	private static String describe(Class<?> type, Method method) {
		return type.getSimpleName() + "." + method.getName()
				+ Arrays.stream(method.getParameterTypes())
					.map(Class::getSimpleName)
					.collect(Collectors.joining(", ", "(", ")"));
	}

}
