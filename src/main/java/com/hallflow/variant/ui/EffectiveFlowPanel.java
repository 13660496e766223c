package com.hallflow.variant.ui;

import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.variant.OverlayCheck;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/**
 * The effective flow, step by step, each marked with the level that changed it (总部 for
 * head office's step as it is, 省 or 市 for a region's insert or change), the steps a
 * region inserted highlighted, locked steps with a lock, and head office's steps a region
 * hid, struck through.
 */
class EffectiveFlowPanel extends VerticalLayout {

	private final VerticalLayout steps = new VerticalLayout();

	EffectiveFlowPanel() {
		setId("overlay-effective");
		setPadding(false);
		steps.setPadding(false);
		steps.setSpacing(false);
		add(new H3(getTranslation("variant.editor.effective")), steps);
	}

	/**
	 * @param ownIsProvince whether the overlay's own region is a province (its changes
	 * are 省) or a city (市)
	 */
	void show(OverlayCheck check, boolean ownIsProvince) {
		steps.removeAll();
		FlowDocument hq = check.hq().document();
		FlowDocument effective = check.effective();
		int number = 0;
		for (StepDefinition step : effective.steps()) {
			number++;
			boolean inserted = hq.step(step.key()).isEmpty();
			List<String> regions = check.composed().regionsTouching(step.key());
			HorizontalLayout row = new HorizontalLayout();
			row.setId("effective-step-" + step.key());
			row.setAlignItems(Alignment.CENTER);
			row.addClassName("overlay-step");
			if (inserted) {
				row.addClassName("overlay-inserted");
				row.getStyle().set("background", "var(--lumo-success-color-10pct)");
			}
			else if (!regions.isEmpty()) {
				row.addClassName("overlay-changed");
				row.getStyle().set("background", "var(--lumo-primary-color-10pct)");
			}
			row.add(new Span(number + ". " + step.title()));
			if (step.locked()) {
				Icon lock = VaadinIcon.LOCK.create();
				lock.setSize("var(--lumo-icon-size-s)");
				lock.setTooltipText(getTranslation("variant.editor.locked"));
				row.add(lock);
			}
			if (regions.isEmpty()) {
				row.add(badge(getTranslation("variant.level.hq"), "contrast"));
			}
			regions.forEach(code -> row.add(badge(level(check, code, ownIsProvince), "success")));
			steps.add(row);
		}
		hq.steps().stream().filter(s -> effective.step(s.key()).isEmpty()).forEach(s -> {
			Span hidden = new Span(getTranslation("variant.editor.hidden", s.title()));
			hidden.setId("effective-hidden-" + s.key());
			hidden.getStyle().set("text-decoration", "line-through").set("color", "var(--lumo-secondary-text-color)");
			steps.add(new Div(hidden));
		});
	}

	private String level(OverlayCheck check, String code, boolean ownIsProvince) {
		boolean province = code.equals(check.provinceCode()) || code.equals(check.regionCode()) && ownIsProvince;
		return getTranslation(province ? "variant.level.province" : "variant.level.city");
	}

	private static Span badge(String text, String theme) {
		Span badge = new Span(text);
		badge.getElement().getThemeList().add("badge small " + theme);
		return badge;
	}

}
