package com.hallflow.security;

import java.util.Optional;

/**
 * Looks branches up for the security module. Implemented by the organization module,
 * which owns branches; the interface lives here so that dependencies point one way.
 */
public interface BranchDirectory {

	Optional<BranchRef> findBranch(long branchId);

}
