package com.hallflow.flowdesign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

	@Test
	void the_builder_fills_every_name_the_designer_accepts_and_leaves_out_what_is_unknown() {
		Map<String, String> values = Placeholders.values()
			.customer("张三", "138****5678", "GOLD")
			.branch("天河营业厅", null)
			.staff("李四")
			.today(LocalDate.of(2027, 3, 1))
			.input("amount", "100.50")
			.build();
		assertThat(values).containsEntry("customer.name", "张三")
			.containsEntry("customer.mobile", "138****5678")
			.containsEntry("customer.grade", "GOLD")
			.containsEntry("branch.name", "天河营业厅")
			.doesNotContainKey("branch.address")
			.containsEntry("staff.name", "李四")
			.containsEntry("today", "2027-03-01")
			.containsEntry("input.amount", "100.50");
		assertThat(values.keySet())
			.allSatisfy(name -> assertThat(Placeholders.isKnown(name, Set.of("amount"))).as(name).isTrue());
	}

	@Test
	void values_given_later_replace_earlier_ones_so_a_screen_can_show_the_grade_by_name() {
		Map<String, String> fromTheSession = Placeholders.values().customer("张三", null, "GOLD").build();
		Map<String, String> shown = Placeholders.values().all(fromTheSession).customerGrade("金卡").build();
		assertThat(shown).containsEntry("customer.grade", "金卡")
			.containsEntry("customer.name", "张三")
			.doesNotContainKey("customer.mobile");
	}

}
