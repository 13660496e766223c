package com.hallflow.variant.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.hallflow.base.BusinessException;
import com.hallflow.variant.FlowOverlay;
import com.hallflow.variant.OverlayJson;

/**
 * Published overlays by id, each read and parsed once per node with its region and
 * number: a published overlay never changes.
 */
@Component
public class PublishedOverlays {

	private final JdbcTemplate jdbc;

	private final Map<Long, Known> byId = new ConcurrentHashMap<>();

	PublishedOverlays(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The region and number of a published overlay, by id. */
	public record Meta(long regionId, int number) {
	}

	private record Known(Meta meta, FlowOverlay overlay) {
	}

	public Meta meta(long overlayId) {
		return known(overlayId).meta();
	}

	public FlowOverlay published(long overlayId) {
		return known(overlayId).overlay();
	}

	private Known known(long overlayId) {
		Known known = byId.get(overlayId);
		if (known != null) {
			return known;
		}
		Known read = jdbc
			.query("select region_id, number, definition from flow_overlay where id = ? and status = 'PUBLISHED'",
					(rs, n) -> new Known(new Meta(rs.getLong(1), rs.getInt(2)),
							OverlayJson.readStored(rs.getString(3))),
					overlayId)
			.stream()
			.findFirst()
			.orElseThrow(() -> new BusinessException("variant.overlay.notFound", overlayId));
		byId.put(overlayId, read);
		return read;
	}

}
