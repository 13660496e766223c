package com.hallflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.security.Principal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Every route, for every role and for anonymous visitors, is allowed or refused exactly
 * as this table says. A new route fails this test until it is added here, so nobody adds
 * a view without deciding who may open it.
 */
class AccessMatrixTest {

	private static final String ANONYMOUS = "ANONYMOUS";

	private static final Set<String> EVERYONE_SIGNED_IN = Set.of(AppRoles.HQ_ADMIN, AppRoles.REGION_ADMIN,
			AppRoles.BRANCH_MANAGER, AppRoles.BRANCH_STAFF);

	/** Route path → who may open it. */
	private static final Map<String, Set<String>> EXPECTED = new LinkedHashMap<>();

	static {
		EXPECTED.put("login", Set.of(ANONYMOUS, AppRoles.HQ_ADMIN, AppRoles.REGION_ADMIN, AppRoles.BRANCH_MANAGER,
				AppRoles.BRANCH_STAFF));
		EXPECTED.put("", EVERYONE_SIGNED_IN);
		EXPECTED.put("change-password", EVERYONE_SIGNED_IN);
		EXPECTED.put("regions", Set.of(AppRoles.HQ_ADMIN));
		// a region admin reads their region's branches, without editing
		EXPECTED.put("branches", Set.of(AppRoles.HQ_ADMIN, AppRoles.REGION_ADMIN));
		EXPECTED.put("staff", Set.of(AppRoles.HQ_ADMIN));
		EXPECTED.put("my-branch", Set.of(AppRoles.BRANCH_MANAGER));
		// a region admin reads head office's flows and their history; the editor is head
		// office's
		EXPECTED.put("flows", Set.of(AppRoles.HQ_ADMIN, AppRoles.REGION_ADMIN));
		EXPECTED.put("flows/:key", Set.of(AppRoles.HQ_ADMIN));
		EXPECTED.put("flows/:key/versions", Set.of(AppRoles.HQ_ADMIN, AppRoles.REGION_ADMIN));
		EXPECTED.put("flows/:key/trial", Set.of(AppRoles.HQ_ADMIN));
		EXPECTED.put("scripts", Set.of(AppRoles.HQ_ADMIN));
		EXPECTED.put("counter", Set.of(AppRoles.BRANCH_STAFF, AppRoles.BRANCH_MANAGER));
		EXPECTED.put("sessions/:id", Set.of(AppRoles.BRANCH_STAFF, AppRoles.BRANCH_MANAGER));
		EXPECTED.put("sessions/:id/receipt", Set.of(AppRoles.HQ_ADMIN, AppRoles.BRANCH_MANAGER, AppRoles.BRANCH_STAFF));
		EXPECTED.put("records", Set.of(AppRoles.BRANCH_MANAGER, AppRoles.HQ_ADMIN));
		EXPECTED.put("records/:id", Set.of(AppRoles.BRANCH_MANAGER, AppRoles.HQ_ADMIN));
		EXPECTED.put("promotions/packages", Set.of(AppRoles.HQ_ADMIN));
		EXPECTED.put("promotions/planner", Set.of(AppRoles.HQ_ADMIN));
		EXPECTED.put("flows/rollouts", Set.of(AppRoles.HQ_ADMIN));
		EXPECTED.put("promotions/branch", Set.of(AppRoles.BRANCH_MANAGER));
		EXPECTED.put("insight", Set.of(AppRoles.BRANCH_MANAGER, AppRoles.HQ_ADMIN, AppRoles.REGION_ADMIN));
		EXPECTED.put("insight/versions", Set.of(AppRoles.HQ_ADMIN, AppRoles.REGION_ADMIN));
		EXPECTED.put("audit", Set.of(AppRoles.HQ_ADMIN));
		EXPECTED.put("variants", Set.of(AppRoles.REGION_ADMIN));
		EXPECTED.put("variants/:flow/:region?([0-9]+)", Set.of(AppRoles.REGION_ADMIN));
		EXPECTED.put("regional-variants", Set.of(AppRoles.HQ_ADMIN));
	}

	private final AccessAnnotationChecker checker = new AccessAnnotationChecker();

	@Test
	void every_route_is_in_the_table_and_states_its_access_explicitly() {
		Map<String, Class<?>> routes = routes();
		assertThat(routes.keySet()).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
		routes.values()
			.forEach(view -> assertThat(
					view.isAnnotationPresent(AnonymousAllowed.class) || view.isAnnotationPresent(PermitAll.class)
							|| view.isAnnotationPresent(RolesAllowed.class) || view.isAnnotationPresent(DenyAll.class))
				.as(view.getSimpleName() + " declares who may open it")
				.isTrue());
	}

	@Test
	void each_role_opens_exactly_the_routes_the_table_allows() {
		Set<String> who = new TreeSet<>(EVERYONE_SIGNED_IN);
		who.add(ANONYMOUS);
		Map<String, Class<?>> routes = routes();
		for (Map.Entry<String, Class<?>> route : routes.entrySet()) {
			Set<String> allowed = who.stream()
				.filter(role -> hasAccess(route.getValue(), role))
				.collect(Collectors.toCollection(TreeSet::new));
			assertThat(allowed).as("who may open '" + route.getKey() + "'")
				.containsExactlyInAnyOrderElementsOf(EXPECTED.get(route.getKey()));
		}
	}

	private boolean hasAccess(Class<?> view, String role) {
		if (ANONYMOUS.equals(role)) {
			return checker.hasAccess(view, null, r -> false);
		}
		Principal principal = () -> "someone";
		return checker.hasAccess(view, principal, role::equals);
	}

	private static Map<String, Class<?>> routes() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
		Map<String, Class<?>> routes = new LinkedHashMap<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("com.hallflow")) {
			Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
			if (Arrays.stream(type.getPackageName().split("\\.")).noneMatch("support"::equals)) {
				routes.put(type.getAnnotation(Route.class).value(), type);
			}
		}
		return routes;
	}

}
