package com.hallflow.security.web;

import com.hallflow.security.AnyStaff;
import com.hallflow.security.AppUser;
import com.hallflow.security.BranchRef;
import com.hallflow.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api", produces = "application/json")
class MeController {

	private final CurrentUser currentUser;

	MeController(CurrentUser currentUser) {
		this.currentUser = currentUser;
	}

	/** Who the caller is, for integrations that want to show or check it. */
	@GetMapping("/me")
	@AnyStaff
	MeResponse me() {
		AppUser user = currentUser.require();
		return new MeResponse(user.username(), user.displayName(), user.role().name(),
				user.branchRef().map(BranchRef::code).orElse(null));
	}

	record MeResponse(String username, String displayName, String role, String branchCode) {
	}

}
