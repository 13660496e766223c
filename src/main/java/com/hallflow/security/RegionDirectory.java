package com.hallflow.security;

import java.util.Optional;

/**
 * Looks regions up for the security module, as {@link BranchDirectory} does branches:
 * implemented by the organization module, which owns the province → city tree.
 */
public interface RegionDirectory {

	Optional<RegionRef> findRegion(long regionId);

	/** Whether {@code regionId} is {@code ancestorId} or one of its cities. */
	boolean within(long regionId, long ancestorId);

	/** The region a branch belongs to; empty for a branch that does not exist. */
	Optional<Long> regionOfBranch(long branchId);

}
