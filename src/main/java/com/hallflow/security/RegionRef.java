package com.hallflow.security;

/**
 * What security needs to know of a region: enough to show it and to scope by it;
 * {@code provinceName} is null for a province.
 */
public record RegionRef(long id, String code, String name, String provinceName) {

	/** "广东省" for a province, "广东省 › 广州市" for a city. */
	public String label() {
		return provinceName == null ? name : provinceName + " › " + name;
	}

}
