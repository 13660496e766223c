package com.hallflow.base.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.List;
import java.util.Map;

/**
 * A chart drawn in the browser by Apache ECharts (npm, Apache-2.0) through our own web
 * component {@code frontend/components/echart-view.ts}. The server builds the option as
 * plain maps and lists; every chart in the application also has a table next to it with
 * the same figures.
 */
@Tag("hf-echart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./components/echart-view.ts")
public class EChart extends Component implements HasSize {

	private static final ObjectMapper JSON = new ObjectMapper();

	/**
	 * How wide a category's name may be on the axis (px); longer names end in an ellipsis
	 * and are read in full in the tooltip.
	 */
	public static final int LABEL_WIDTH = 180;

	/** The least height (px) a chart is given, its legend and axes included. */
	public static final int MIN_HEIGHT = 260;

	private Map<String, Object> option = Map.of();

	/**
	 * A chart keeps the height it is given: in a flex layout (a tab, a vertical layout)
	 * it never shrinks to make room for what follows it.
	 */
	public EChart() {
		getStyle().set("flex-shrink", "0");
	}

	public void setOption(Map<String, Object> newOption) {
		option = newOption;
		try {
			getElement().setProperty("option", JSON.writeValueAsString(newOption));
		}
		catch (JsonProcessingException e) {
			throw new IllegalArgumentException("a chart option must be plain maps, lists, strings and numbers", e);
		}
	}

	public Map<String, Object> getOption() {
		return option;
	}

	/**
	 * Horizontal bars per category, read from the top in the order given, one series per
	 * entry of {@code series} (name → values in category order). Every category is named
	 * (ECharts would skip labels that crowd); a long name is cut to {@link #LABEL_WIDTH}
	 * with an ellipsis, and the tooltip names it in full.
	 */
	public static Map<String, Object> bars(List<String> categories, Map<String, List<? extends Number>> series) {
		Map<String, Object> categoryAxis = Map.of("type", "category", "data", categories, "inverse", true, "axisLabel",
				Map.of("interval", 0, "hideOverlap", false, "width", LABEL_WIDTH, "overflow", "truncate", "ellipsis",
						"…"));
		return Map.of("tooltip", Map.of("trigger", "axis", "confine", true), "legend", Map.of("top", 0), "grid",
				Map.of("left", 8, "right", 16, "top", 32, "bottom", 8, "containLabel", true), "xAxis",
				Map.of("type", "value"), "yAxis", categoryAxis, "series",
				series.entrySet()
					.stream()
					.map(e -> Map.of("type", "bar", "name", e.getKey(), "data", e.getValue()))
					.toList());
	}

	/**
	 * The height (CSS) that gives each of {@code rows} categories of a {@link #bars}
	 * chart with {@code series} bars room for its name; never less than
	 * {@link #MIN_HEIGHT}.
	 */
	public static String barsHeight(int rows, int series) {
		return Math.max(MIN_HEIGHT, 60 + rows * (8 + 8 * series)) + "px";
	}

	/** Lines over categories (e.g. days), one per entry of {@code series}. */
	public static Map<String, Object> lines(List<String> categories, Map<String, List<? extends Number>> series) {
		return Map.of("tooltip", Map.of("trigger", "axis", "confine", true), "legend", Map.of("top", 0), "grid",
				Map.of("left", 8, "right", 16, "top", 32, "bottom", 8, "containLabel", true), "xAxis",
				Map.of("type", "category", "data", categories), "yAxis", Map.of("type", "value"), "series",
				series.entrySet()
					.stream()
					.map(e -> Map.of("type", "line", "name", e.getKey(), "data", e.getValue(), "smooth", true))
					.toList());
	}

}
