package com.hallflow.variant.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.hallflow.base.BusinessException;
import com.hallflow.variant.FlowOverlay;
import com.hallflow.variant.OverlayJson;

/**
 * Published overlays by id, each read and parsed once per node: a published overlay never
 * changes.
 */
@Component
public class PublishedOverlays {

	private final JdbcTemplate jdbc;

	private final Map<Long, FlowOverlay> byId = new ConcurrentHashMap<>();

	PublishedOverlays(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The region and number of a published overlay, by id. */
	public record Meta(long regionId, int number) {
	}

	public Meta meta(long overlayId) {
		return jdbc
			.query("select region_id, number from flow_overlay where id = ? and status = 'PUBLISHED'",
					(rs, n) -> new Meta(rs.getLong(1), rs.getInt(2)), overlayId)
			.stream()
			.findFirst()
			.orElseThrow(() -> new BusinessException("variant.overlay.notFound", overlayId));
	}

	public FlowOverlay published(long overlayId) {
		FlowOverlay known = byId.get(overlayId);
		if (known != null) {
			return known;
		}
		String definition = jdbc
			.queryForList("select definition from flow_overlay where id = ? and status = 'PUBLISHED'", String.class,
					overlayId)
			.stream()
			.findFirst()
			.orElseThrow(() -> new BusinessException("variant.overlay.notFound", overlayId));
		FlowOverlay overlay = OverlayJson.readStored(definition);
		byId.put(overlayId, overlay);
		return overlay;
	}

}
