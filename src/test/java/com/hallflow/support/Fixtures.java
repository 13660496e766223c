package com.hallflow.support;

import com.hallflow.organization.BranchCommand;
import com.hallflow.organization.BranchService;
import com.hallflow.organization.BranchSummary;
import com.hallflow.organization.RegionCommand;
import com.hallflow.organization.RegionNode;
import com.hallflow.organization.RegionService;
import com.hallflow.security.CreateUserCommand;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.security.UserAccountService;
import com.hallflow.security.UserSummary;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Small builders for test data, made through the real services. Names are unique per call
 * so tests sharing one Spring context never collide.
 */
@Component
public class Fixtures {

	public static final String PASSWORD = "correct-horse-battery";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final RegionService regions;

	private final BranchService branches;

	private final UserAccountService users;

	Fixtures(RegionService regions, BranchService branches, UserAccountService users) {
		this.regions = regions;
		this.branches = branches;
		this.users = users;
	}

	public static String unique(String prefix) {
		return prefix + SEQUENCE.incrementAndGet();
	}

	public RegionNode province(String name) {
		return SystemAuthentication.callAsSystem(() -> regions.create(new RegionCommand(unique("P"), name, null)));
	}

	public RegionNode city(RegionNode province, String name) {
		return SystemAuthentication
			.callAsSystem(() -> regions.create(new RegionCommand(unique("C"), name, province.id())));
	}

	public BranchSummary branch(String name) {
		RegionNode city = city(province("测试省"), "测试市");
		return branch(city, name);
	}

	public BranchSummary branch(RegionNode region, String name) {
		return SystemAuthentication.callAsSystem(
				() -> branches.create(new BranchCommand(null, 0, unique("B-"), name, region.id(), "测试路 1 号", true)));
	}

	/** A user whose password is permanent, ready to sign in with {@link #PASSWORD}. */
	public UserSummary user(StaffRole role, Long branchId) {
		return SystemAuthentication.callAsSystem(() -> users.create(new CreateUserCommand(unique("user"), "测试员工", role,
				role.requiresBranch() ? branchId : null, PASSWORD, false)));
	}

	/** A region admin (省公司管理员) of the region, ready to sign in with {@link #PASSWORD}. */
	public UserSummary regionAdmin(long regionId) {
		return SystemAuthentication.callAsSystem(() -> users.create(new CreateUserCommand(unique("region"), "测试省公司",
				StaffRole.REGION_ADMIN, null, regionId, PASSWORD, false)));
	}

	/** Signs the given user in on this thread, as the session filter would. */
	public static void signIn(UserSummary user) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.username(), null,
				List.of(new SimpleGrantedAuthority("ROLE_" + user.role().roleName()))));
		SecurityContextHolder.setContext(context);
	}

	public static void signOut() {
		SecurityContextHolder.clearContext();
	}

}
