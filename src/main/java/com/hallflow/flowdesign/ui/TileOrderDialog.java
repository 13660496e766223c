package com.hallflow.flowdesign.ui;

import com.hallflow.base.BusinessException;
import com.hallflow.base.ui.Notifications;
import com.hallflow.flowdesign.FlowDesignService;
import com.hallflow.flowdesign.FlowSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Where each business's tile stands on the counter's home: in an order head office sets
 * here, or (the default) each branch's most used first. Only flows a counter can start
 * are listed.
 */
class TileOrderDialog extends Dialog {

	final RadioButtonGroup<Boolean> mode = new RadioButtonGroup<>();

	final VerticalLayout rows = new VerticalLayout();

	final Button save = new Button();

	private final List<FlowSummary> order = new ArrayList<>();

	TileOrderDialog(FlowDesignService flows) {
		setId("tile-order-dialog");
		setHeaderTitle(getTranslation("flowdesign.tiles.title"));
		setWidth("32rem");
		List<String> placed = flows.tileOrder();
		Collator byName = Collator.getInstance(Locale.CHINA);
		flows.flows()
			.stream()
			.filter(f -> !f.retired() && f.latestPublished() != null)
			.sorted(Comparator
				.comparingInt((FlowSummary f) -> placed.contains(f.key()) ? placed.indexOf(f.key()) : Integer.MAX_VALUE)
				.thenComparing(FlowSummary::name, byName))
			.forEach(order::add);
		mode.setId("tile-order-mode");
		mode.setItems(false, true);
		mode.setItemLabelGenerator(set -> getTranslation(set ? "flowdesign.tiles.set" : "flowdesign.tiles.byUse"));
		mode.setValue(!placed.isEmpty());
		mode.addValueChangeListener(e -> showRows());
		rows.setId("tile-order-rows");
		rows.setPadding(false);
		rows.setSpacing(false);
		add(mode, rows);
		showRows();
		save.setId("tile-order-save");
		save.setText(getTranslation("base.action.save"));
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		save.addClickListener(e -> {
			try {
				flows.orderTiles(mode.getValue() ? order.stream().map(FlowSummary::key).toList() : List.of());
				Notifications.success(getTranslation("flowdesign.tiles.saved"));
				close();
			}
			catch (BusinessException ex) {
				Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
			}
		});
		getFooter().add(new Button(getTranslation("base.action.cancel"), e -> close()), save);
	}

	private void showRows() {
		rows.removeAll();
		rows.setVisible(Boolean.TRUE.equals(mode.getValue()));
		for (int i = 0; i < order.size(); i++) {
			int index = i;
			Span name = new Span((i + 1) + ". " + order.get(i).name());
			name.getStyle().set("flex", "1");
			Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(index, -1));
			up.setAriaLabel(getTranslation("flowdesign.tiles.up", order.get(i).name()));
			up.setEnabled(i > 0);
			Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(index, 1));
			down.setAriaLabel(getTranslation("flowdesign.tiles.down", order.get(i).name()));
			down.setEnabled(i < order.size() - 1);
			up.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			down.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			up.setId("tile-up-" + order.get(i).key());
			down.setId("tile-down-" + order.get(i).key());
			HorizontalLayout row = new HorizontalLayout(name, up, down);
			row.setWidthFull();
			row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
			rows.add(row);
		}
	}

	private void move(int index, int by) {
		order.add(index + by, order.remove(index));
		showRows();
	}

}
