package com.hallflow.organization;

public record BranchSummary(long id, long lockVersion, String code, String name, long regionId, String regionName,
                            String address, boolean open) {
}
