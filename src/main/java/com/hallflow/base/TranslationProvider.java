package com.hallflow.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Chinese first, English second. The base bundle is Chinese; English lives in its own
 * file. Lookups never fall back to the JVM's default locale, so a server running in
 * English still shows Chinese to a Chinese user.
 */
@Component
public class TranslationProvider implements I18NProvider {

	public static final String BUNDLE = "vaadin-i18n/translations";

	public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	public static final Locale ENGLISH = Locale.ENGLISH;

	public static final List<Locale> LOCALES = List.of(CHINESE, ENGLISH);

	private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);

	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	@Override
	public List<Locale> getProvidedLocales() {
		return LOCALES;
	}

	/**
	 * An argument that is itself words of the bundles ({@link AuditDetail.Words}, e.g. a
	 * step named by number and title) is put in the same language first.
	 */
	@Override
	public String getTranslation(String key, Locale locale, Object... params) {
		try {
			String pattern = bundle(locale).getString(key);
			if (params.length == 0) {
				return pattern;
			}
			Object[] shown = Arrays.stream(params)
				.map(p -> p instanceof AuditDetail.Words words
						? getTranslation(words.key(), locale, words.args().toArray()) : p)
				.toArray();
			return new MessageFormat(pattern, locale).format(shown);
		}
		catch (MissingResourceException e) {
			log.warn("Missing translation key {} for {}", key, locale);
			return "!" + key;
		}
	}

	/**
	 * The supported locale closest to the requested one: English for any English, else
	 * Chinese.
	 */
	public static Locale supported(Locale requested) {
		return requested != null && ENGLISH.getLanguage().equals(requested.getLanguage()) ? ENGLISH : CHINESE;
	}

	static ResourceBundle bundle(Locale locale) {
		Locale supported = supported(locale);
		return ResourceBundle.getBundle(BUNDLE, CHINESE.equals(supported) ? Locale.ROOT : supported, NO_FALLBACK);
	}

}
