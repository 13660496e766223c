package com.hallflow.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The free-text filter above a grid: searches as the user pauses typing. */
public class SearchField extends TextField {

	public SearchField(String id, String placeholder, Runnable onChange) {
		setId(id);
		setPlaceholder(placeholder);
		setPrefixComponent(VaadinIcon.SEARCH.create());
		setValueChangeMode(ValueChangeMode.LAZY);
		setClearButtonVisible(true);
		addValueChangeListener(e -> onChange.run());
	}

}
