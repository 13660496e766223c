package com.hallflow.promotion;

/**
 * One reach of a stage or one exclusion; {@code refId} is the region or branch id, null
 * for the network.
 */
public record RolloutTarget(TargetKind kind, Long refId) {

	public static final RolloutTarget NETWORK = new RolloutTarget(TargetKind.NETWORK, null);

	public RolloutTarget {
		if (kind == null) {
			throw new IllegalArgumentException("kind");
		}
		if ((kind == TargetKind.NETWORK) != (refId == null)) {
			throw new IllegalArgumentException("a network target names nothing, the others name a region or branch");
		}
	}

	public static RolloutTarget region(long id) {
		return new RolloutTarget(TargetKind.REGION, id);
	}

	public static RolloutTarget branch(long id) {
		return new RolloutTarget(TargetKind.BRANCH, id);
	}
}
