package com.hallflow.organization;

/** One region of the province → city tree; {@code parentId} is null for a province. */
public record RegionNode(long id, long lockVersion, String code, String name, Long parentId) {

	public boolean isProvince() {
		return parentId == null;
	}
}
