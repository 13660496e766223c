package com.hallflow.flowexecution.engine;

import com.hallflow.flowdesign.PublishedFlow;
import java.util.Arrays;
import java.util.Optional;

/**
 * The published flows a run may call: the one in effect now by key, or a given version
 * for a replay.
 */
public interface FlowLookup {

	/** The version of the flow with this key that a call made now runs. */
	Optional<PublishedFlow> current(String key);

	/**
	 * A version a session already ran; it exists, as published versions are never
	 * deleted.
	 */
	PublishedFlow version(long versionId);

	/** A lookup over these versions: the highest number of a key is its current one. */
	static FlowLookup of(PublishedFlow... flows) {
		return new FlowLookup() {
			@Override
			public Optional<PublishedFlow> current(String key) {
				return Arrays.stream(flows)
					.filter(f -> f.key().equals(key))
					.max((a, b) -> Integer.compare(a.number(), b.number()));
			}

			@Override
			public PublishedFlow version(long versionId) {
				return Arrays.stream(flows)
					.filter(f -> f.versionId() == versionId)
					.findFirst()
					.orElseThrow(() -> new IllegalArgumentException("no version " + versionId));
			}
		};
	}

}
