package com.hallflow.organization.internal;

import com.hallflow.security.RegionDirectory;
import com.hallflow.security.RegionRef;
import com.hallflow.organization.RegionNode;
import com.hallflow.organization.RegionTree;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the security module about regions without it depending on this module; whether
 * one region lies within another is {@link RegionTree}'s answer.
 */
@Component
class RegionDirectoryAdapter implements RegionDirectory {

	private final RegionRepository regions;

	private final BranchRepository branches;

	RegionDirectoryAdapter(RegionRepository regions, BranchRepository branches) {
		this.regions = regions;
		this.branches = branches;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<RegionRef> findRegion(long regionId) {
		return regions.findById(regionId)
			.map(r -> new RegionRef(r.getId(), r.getCode(), r.getName(), r.getParentId() == null ? null
					: regions.findById(r.getParentId()).map(Region::getName).orElse(null)));
	}

	@Override
	@Transactional(readOnly = true)
	public boolean within(long regionId, long ancestorId) {
		RegionTree tree = RegionTree.of(regions.findAll()
			.stream()
			.map(r -> new RegionNode(r.getId(), r.getLockVersion(), r.getCode(), r.getName(), r.getParentId()))
			.toList());
		return tree.contains(regionId) && tree.within(regionId, ancestorId);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Long> regionOfBranch(long branchId) {
		return branches.findById(branchId).map(Branch::getRegionId);
	}

}
