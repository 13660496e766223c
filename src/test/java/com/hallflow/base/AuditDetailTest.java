package com.hallflow.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.base.AuditDetail.Item;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditDetailTest {

	@Test
	void a_change_keeps_the_fields_that_differ_each_before_and_after() {
		String stored = AuditDetail.changes(
				AuditDetail.fields(AuditField.NAME, "天河营业厅", AuditField.ADDRESS, "天河路 1 号", AuditField.OPEN, true),
				AuditDetail.fields(AuditField.NAME, "天河旗舰厅", AuditField.ADDRESS, "天河路 1 号", AuditField.OPEN, false));
		assertThat(AuditDetail.items(stored)).hasValue(List.of(new Item(AuditField.NAME, true, "天河营业厅", "天河旗舰厅"),
				new Item(AuditField.OPEN, true, true, false)));
	}

	@Test
	void nothing_changed_is_a_detail_without_items() {
		Map<AuditField, Object> same = AuditDetail.fields(AuditField.NAME, "天河营业厅");
		assertThat(AuditDetail.items(AuditDetail.changes(same, same))).hasValue(List.of());
	}

	@Test
	void values_are_kept_whole_with_their_kind() {
		String script = "您好，".repeat(2_000);
		Instant at = Instant.parse("2027-01-01T02:00:00Z");
		String stored = AuditDetail.values(AuditDetail.fields(AuditField.TEXT, script, AuditField.VERSION, 3,
				AuditField.EFFECTIVE_FROM, at, AuditField.GRADES, List.of(CustomerGrade.values()[0]), AuditField.NOTE,
				AuditDetail.words("some.key", 2, "x"), AuditField.TAGS, null));
		assertThat(AuditDetail.items(stored)).hasValue(List.of(new Item(AuditField.TEXT, false, null, script),
				new Item(AuditField.VERSION, false, null, 3L), new Item(AuditField.EFFECTIVE_FROM, false, null, at),
				new Item(AuditField.GRADES, false, null,
						List.of(AuditDetail.words(CustomerGrade.values()[0].messageKey()))),
				new Item(AuditField.NOTE, false, null, AuditDetail.words("some.key", 2L, "x")),
				new Item(AuditField.TAGS, false, null, null)));
	}

	@Test
	void details_written_as_text_before_read_as_text() {
		assertThat(AuditDetail.items("name: A → B; open: true → false")).isEmpty();
		assertThat(AuditDetail.items("{\"some\":\"json\"}")).isEmpty();
		assertThat(AuditDetail.items(null)).isEmpty();
	}

}
