package com.hallflow.promotion;

import java.util.Map;

/**
 * One row of the planner's packages × provinces matrix: a package and its reach per
 * province id.
 */
public record PackageReach(long packageId, String packageCode, String packageName,
		Map<Long, ProvinceReach> byProvince) {

	public PackageReach {
		byProvince = Map.copyOf(byProvince);
	}

	/**
	 * The package's reach in a province; {@link ProvinceReach#NONE} for a province
	 * without branches.
	 */
	public ProvinceReach in(long provinceId) {
		return byProvince.getOrDefault(provinceId, ProvinceReach.NONE);
	}
}
