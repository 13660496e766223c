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

	private Map<String, Object> option = Map.of();

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
	 * Bars per category, one series per entry of {@code series} (name → values in
	 * category order).
	 */
	public static Map<String, Object> bars(List<String> categories, Map<String, List<? extends Number>> series,
			boolean horizontal) {
		// every category named (ECharts would skip labels that crowd), and horizontal
		// bars read
		// from the top, in the order given
		Map<String, Object> categoryAxis = Map.of("type", "category", "data", categories, "inverse", horizontal,
				"axisLabel", Map.of("interval", 0, "hideOverlap", false));
		Map<String, Object> valueAxis = Map.of("type", "value");
		return Map.of("tooltip", Map.of("trigger", "axis"), "legend", Map.of("top", 0), "grid",
				Map.of("left", 8, "right", 16, "top", 32, "bottom", 8, "containLabel", true), "xAxis",
				horizontal ? valueAxis : categoryAxis, "yAxis", horizontal ? categoryAxis : valueAxis, "series",
				series.entrySet()
					.stream()
					.map(e -> Map.of("type", "bar", "name", e.getKey(), "data", e.getValue()))
					.toList());
	}

	/** Lines over categories (e.g. days), one per entry of {@code series}. */
	public static Map<String, Object> lines(List<String> categories, Map<String, List<? extends Number>> series) {
		return Map.of("tooltip", Map.of("trigger", "axis"), "legend", Map.of("top", 0), "grid",
				Map.of("left", 8, "right", 16, "top", 32, "bottom", 8, "containLabel", true), "xAxis",
				Map.of("type", "category", "data", categories), "yAxis", Map.of("type", "value"), "series",
				series.entrySet()
					.stream()
					.map(e -> Map.of("type", "line", "name", e.getKey(), "data", e.getValue(), "smooth", true))
					.toList());
	}

}
