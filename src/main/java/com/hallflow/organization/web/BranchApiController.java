package com.hallflow.organization.web;

import com.hallflow.organization.BranchFilter;
import com.hallflow.organization.BranchService;
import com.hallflow.organization.BranchSummary;
import com.hallflow.security.HeadOffice;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/branches", produces = "application/json")
class BranchApiController {

	private static final int MAX_PAGE_SIZE = 500;

	private final BranchService branches;

	BranchApiController(BranchService branches) {
		this.branches = branches;
	}

	/** The branch directory for integrations run by head office. */
	@GetMapping
	@HeadOffice
	List<BranchSummary> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
		PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE),
				Sort.by("code"));
		return branches.list(BranchFilter.any(), request);
	}

}
