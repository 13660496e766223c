package com.hallflow.organization.internal;

import com.hallflow.security.BranchDirectory;
import com.hallflow.security.BranchRef;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the security module about branches without it depending on this module. */
@Component
class BranchDirectoryAdapter implements BranchDirectory {

	private final BranchRepository branches;

	BranchDirectoryAdapter(BranchRepository branches) {
		this.branches = branches;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<BranchRef> findBranch(long branchId) {
		return branches.findById(branchId).map(b -> new BranchRef(b.getId(), b.getCode(), b.getName(), b.isOpen()));
	}

}
