package com.hallflow.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegionTreeTest {

	static final RegionNode GUANGDONG = new RegionNode(1, 0, "GD", "广东省", null);
	static final RegionNode GUANGZHOU = new RegionNode(2, 0, "GZ", "广州市", 1L);
	static final RegionNode SHENZHEN = new RegionNode(3, 0, "SZ", "深圳市", 1L);
	static final RegionNode FUJIAN = new RegionNode(4, 0, "FJ", "福建省", null);

	final RegionTree tree = RegionTree.of(List.of(GUANGDONG, GUANGZHOU, SHENZHEN, FUJIAN));

	@Test
	void a_city_walks_up_to_its_province_and_a_province_is_its_own() {
		assertThat(tree.path(2)).containsExactly(2, 1);
		assertThat(tree.provinceOf(2)).isEqualTo(1);
		assertThat(tree.path(4)).containsExactly(4);
		assertThat(tree.provinceOf(4)).isEqualTo(4);
	}

	@Test
	void a_region_lies_within_itself_and_its_ancestors_only() {
		assertThat(tree.within(2, 2)).isTrue();
		assertThat(tree.within(2, 1)).isTrue();
		assertThat(tree.within(1, 2)).isFalse();
		assertThat(tree.within(3, 2)).isFalse();
		assertThat(tree.within(2, 4)).isFalse();
	}

	@Test
	void a_region_the_tree_does_not_know_is_a_province_of_its_own() {
		assertThat(tree.contains(99)).isFalse();
		assertThat(tree.path(99)).containsExactly(99);
		assertThat(tree.provinceOf(99)).isEqualTo(99);
	}

	@Test
	void a_damaged_tree_with_a_cycle_does_not_loop() {
		RegionTree looped = RegionTree
			.of(List.of(new RegionNode(1, 0, "A", "A", 2L), new RegionNode(2, 0, "B", "B", 1L)));
		assertThat(looped.path(1)).hasSizeLessThanOrEqualTo(3);
		assertThat(looped.within(1, 2)).isTrue();
	}

}
