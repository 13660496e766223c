package com.hallflow.organization;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The province → city tree as read at one moment, and the one place that walks up it: a
 * region's path to its province, its province, whether it lies within another. A region
 * the tree does not know is taken as a province of its own (a region created after the
 * tree was read). A walk never takes more steps than there are regions, so a damaged tree
 * cannot loop.
 */
public final class RegionTree {

	private final Map<Long, RegionNode> byId;

	private RegionTree(Map<Long, RegionNode> byId) {
		this.byId = byId;
	}

	public static RegionTree of(Collection<RegionNode> regions) {
		Map<Long, RegionNode> byId = new HashMap<>();
		regions.forEach(r -> byId.put(r.id(), r));
		return new RegionTree(Map.copyOf(byId));
	}

	public boolean contains(long regionId) {
		return byId.containsKey(regionId);
	}

	public Optional<RegionNode> get(long regionId) {
		return Optional.ofNullable(byId.get(regionId));
	}

	/** The region and its ancestors, nearest first: the province is last. */
	public long[] path(long regionId) {
		long[] path = new long[4];
		int length = 0;
		Long at = regionId;
		while (at != null && length <= byId.size()) {
			if (length == path.length) {
				path = Arrays.copyOf(path, length * 2);
			}
			path[length++] = at;
			RegionNode node = byId.get(at);
			at = node == null ? null : node.parentId();
		}
		return Arrays.copyOf(path, length);
	}

	/** The region's province: its topmost ancestor, itself for a province. */
	public long provinceOf(long regionId) {
		long[] path = path(regionId);
		return path[path.length - 1];
	}

	/** Whether {@code regionId} is {@code ancestorId} or lies under it. */
	public boolean within(long regionId, long ancestorId) {
		for (long at : path(regionId)) {
			if (at == ancestorId) {
				return true;
			}
		}
		return false;
	}

}
