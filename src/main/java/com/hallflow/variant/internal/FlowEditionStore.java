package com.hallflow.variant.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code flow_edition} rows: each combination of head office's version and regions'
 * overlays that a session ran gets one id, made the first time and never changed.
 */
@Component
public class FlowEditionStore {

	/** Head office's version and the overlays on it, province first. */
	public record Edition(long versionId, List<Long> overlayIds) {

		public Edition {
			overlayIds = List.copyOf(overlayIds);
		}

	}

	private final JdbcTemplate jdbc;

	private final Clock clock;

	FlowEditionStore(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The id of this edition, made if it is new. Runs in a transaction of its own, so a
	 * session start that rolls back still leaves the (harmless) edition, and two nodes
	 * making the same one at once both get the row that won.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public long idOf(Edition edition) {
		String overlays = text(edition.overlayIds());
		Optional<Long> known = find(edition.versionId(), overlays);
		if (known.isPresent()) {
			return known.get();
		}
		try {
			jdbc.update("insert into flow_edition (version_id, overlay_ids, created_at) values (?, ?, ?)",
					edition.versionId(), overlays, Timestamp.from(clock.instant()));
		}
		catch (DuplicateKeyException raced) {
			// another node made it meanwhile: the unique key decides, its row is read
			// below
		}
		return find(edition.versionId(), overlays).orElseThrow();
	}

	public Optional<Edition> byId(long editionId) {
		return jdbc
			.query("select version_id, overlay_ids from flow_edition where id = ?",
					(rs, n) -> new Edition(rs.getLong(1), ids(rs.getString(2))), editionId)
			.stream()
			.findFirst();
	}

	private Optional<Long> find(long versionId, String overlays) {
		return jdbc
			.queryForList("select id from flow_edition where version_id = ? and overlay_ids = ?", Long.class, versionId,
					overlays)
			.stream()
			.findFirst();
	}

	static String text(List<Long> ids) {
		return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	static List<Long> ids(String text) {
		return text == null || text.isBlank() ? List.of() : Arrays.stream(text.split(",")).map(Long::valueOf).toList();
	}

}
