package com.hallflow.variant;

/**
 * A region's overlay as people name it: 广东省 第 1 版.
 *
 * @param regionName the province's or city's name
 * @param number the overlay's version number in that region
 */
public record VariantLabel(String regionName, int number) {
}
