package com.hallflow.variant.internal;

import com.hallflow.variant.EffectiveIndex;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The published overlays as the effective-flow index needs them, read with one plain
 * query (the overlays' own storage is the overlay editor's).
 */
@Component
public class OverlayRows {

	private static final String COLUMNS = "select id, flow_key, region_id, number, base_version_id, published_at"
			+ " from flow_overlay where status = 'PUBLISHED' and number is not null";

	private static final RowMapper<EffectiveIndex.OverlayRule> RULE = (rs, n) -> new EffectiveIndex.OverlayRule(
			rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getInt(4), rs.getLong(5),
			utc(rs.getObject(6, LocalDateTime.class)));

	private final JdbcTemplate jdbc;

	OverlayRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<EffectiveIndex.OverlayRule> published() {
		return jdbc.query(COLUMNS, RULE);
	}

	public Optional<EffectiveIndex.OverlayRule> published(long id) {
		return jdbc.query(COLUMNS + " and id = ?", RULE, id).stream().findFirst();
	}

	/**
	 * Instants are stored as UTC date-times (hibernate.jdbc.time_zone=UTC); read them
	 * back the same way.
	 */
	private static Instant utc(LocalDateTime stored) {
		return stored == null ? null : stored.toInstant(ZoneOffset.UTC);
	}

}
