package com.hallflow.promotion;

/**
 * What a rollout stage reaches: the whole network, a region with its sub-regions, or one
 * branch.
 */
public enum TargetKind {

	NETWORK, REGION, BRANCH

}
