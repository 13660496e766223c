package com.hallflow.organization;

public record BranchSummary(long id, long lockVersion, String code, String name, long regionId, String regionName,
		String address, boolean open) {

	/**
	 * How a branch is named in pickers, charts and downloads: its code, then its name
	 * ("GZ-TH 广州天河营业厅").
	 */
	public String label() {
		return code + " " + name;
	}
}
