package com.hallflow.base.ui;

import com.hallflow.base.TranslationProvider;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import java.util.function.Consumer;

/** 中文 / English: each language is named in itself so anyone can find their own. */
public class LanguageSelect extends Select<Locale> {

	public LanguageSelect(Consumer<Locale> onSwitch) {
		setId("language-select");
		setWidth("8.5em");
		setItems(TranslationProvider.LOCALES);
		setItemLabelGenerator(locale -> UI.getCurrent().getTranslation("base.language." + locale.getLanguage()));
		setValue(TranslationProvider.supported(UI.getCurrent().getLocale()));
		setAriaLabel(UI.getCurrent().getTranslation("base.language.label"));
		addValueChangeListener(e -> {
			if (e.isFromClient() && e.getValue() != null) {
				onSwitch.accept(e.getValue());
			}
		});
	}

}
