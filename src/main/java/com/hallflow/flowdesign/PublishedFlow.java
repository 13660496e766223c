package com.hallflow.flowdesign;

import java.util.List;

/**
 * One published flow as the counter runs it; a session pins {@code versionId}.
 *
 * @param versionId what a session or a call pins: head office's {@code flow_version} id,
 * or, when regions' overlays are laid on it, the edition's id made negative
 * ({@link #editionRunId})
 * @param number head office's version number
 * @param baseVersionId head office's {@code flow_version} id
 * @param overlayIds the regions' {@code flow_overlay} ids laid on it, province first;
 * empty for head office's version as it is
 */
public record PublishedFlow(long versionId, String key, int number, FlowDocument document, long baseVersionId,
		List<Long> overlayIds) {

	public PublishedFlow {
		overlayIds = List.copyOf(overlayIds);
	}

	/** Head office's version as it is. */
	public PublishedFlow(long versionId, String key, int number, FlowDocument document) {
		this(versionId, key, number, document, versionId, List.of());
	}

	/**
	 * The id an edition (head office's version with overlays, {@code flow_edition}) runs
	 * under: negative, so it never meets a version id; -1 is a draft's trial run.
	 */
	public static long editionRunId(long editionId) {
		return -(editionId + 1);
	}

	/** The edition a negative run id names, or null for a version id. */
	public static Long editionOf(long runId) {
		return runId < -1 ? -runId - 1 : null;
	}

	/** Whether regions' overlays are laid on head office's version. */
	public boolean varied() {
		return !overlayIds.isEmpty();
	}

}
