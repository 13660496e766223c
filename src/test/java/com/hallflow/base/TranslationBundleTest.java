package com.hallflow.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallflow.flowdesign.Target;
import com.hallflow.flowdesign.ValidationCode;
import com.hallflow.flowexecution.SessionStatus;
import com.hallflow.promotion.DeclineReason;
import com.hallflow.security.StaffRole;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Guards the rule "all UI text comes from the bundles, Chinese first, English second":
 * both bundles hold the same keys, every key the code spells out exists, every key it
 * builds exists for every value (each constant of a {@link Translatable} enum, or the
 * values listed in {@link #BUILT_KEYS}), and UI code hands no literal text to a
 * component.
 */
class TranslationBundleTest {

	private static final Path MAIN = Path.of("src/main/java/com/hallflow");

	private static final List<String> BUNDLES = List.of("translations.properties", "translations_en.properties");

	/** A string literal handed straight to something that shows text. */
	static final Pattern LITERAL_TO_COMPONENT = Pattern
		.compile("(new (Button|Span|H[1-6]|Paragraph|Div|Anchor|Text|NativeLabel|TextField|PasswordField|TextArea|"
				+ "ComboBox|Checkbox|Select|Tab|SideNavItem|RouterLink|Notification|ConfirmDialog|Details)"
				+ "(<[^>]*>)?\\(\\s*(\"[^\"]*\\p{L}[^\"]*\")"
				+ "|\\.(setText|setLabel|setPlaceholder|setHeader|setHeaderTitle|setHelperText|setErrorMessage|"
				+ "setTitle|setTooltipText|setAriaLabel|setConfirmText|setCancelText|setRejectText|"
				+ "setEmptySelectionCaption)\\(\\s*(\"[^\"]*\\p{L}[^\"]*\")"
				+ "|Notification\\.show\\(\\s*(\"[^\"]*\"))");

	/**
	 * Keys the code still builds from a prefix and a value that is not a
	 * {@link Translatable} constant, with every value it may append. A concatenated key
	 * whose prefix is not listed here (and not built by a Translatable enum for itself)
	 * fails the build.
	 */
	static final Map<String, List<String>> BUILT_KEYS = Map.of("base.language.",
			TranslationProvider.LOCALES.stream().map(Locale::getLanguage).toList(), "flowexecution.outcome.",
			Stream
				.concat(names(Target.Outcome.values()).stream(),
						Stream.of(SessionStatus.ABANDONED.name(), SessionStatus.IN_PROGRESS.name()))
				.toList());

	@Test
	void both_bundles_hold_exactly_the_same_keys() throws IOException {
		assertThat(keys("translations_en.properties"))
			.containsExactlyInAnyOrderElementsOf(keys("translations.properties"));
	}

	@Test
	void no_bundle_value_is_empty() throws IOException {
		for (String bundle : BUNDLES) {
			Properties p = load(bundle);
			assertThat(p.stringPropertyNames())
				.allSatisfy(k -> assertThat(p.getProperty(k)).as(bundle + " " + k).isNotBlank());
		}
	}

	@Test
	void the_chinese_bundle_is_chinese_and_the_english_one_is_not() throws IOException {
		Properties zh = load("translations.properties");
		Properties en = load("translations_en.properties");
		assertThat(zh.getProperty("shell.logout")).isEqualTo("退出登录");
		assertThat(en.getProperty("shell.logout")).isEqualTo("Sign out");
		long chineseValues = zh.stringPropertyNames()
			.stream()
			.filter(k -> zh.getProperty(k)
				.codePoints()
				.anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
			.count();
		assertThat(chineseValues).isGreaterThan(zh.size() * 9L / 10);
	}

	@Test
	void english_texts_use_the_straight_apostrophe_which_the_chinese_font_does_not_draw_full_width()
			throws IOException {
		Properties en = load("translations_en.properties");
		assertThat(en.stringPropertyNames()).filteredOn(k -> en.getProperty(k).contains("’")).isEmpty();
	}

	@Test
	void every_parameter_of_a_value_is_filled_an_apostrophe_does_not_hide_it() throws IOException {
		for (String bundle : BUNDLES) {
			Properties p = load(bundle);
			Object[] args = IntStream.range(0, 10).mapToObj(i -> (Object) ("⟨" + i + "⟩")).toArray();
			// a value that agrees in number with a count
			// ({0,choice,1#session|1<sessions})
			// is given counts
			Object[] counts = IntStream.range(0, 10).mapToObj(i -> (Object) Long.valueOf(i)).toArray();
			assertThat(p.stringPropertyNames()).filteredOn(k -> p.getProperty(k).matches("(?s).*\\{\\d.*"))
				.filteredOn(k -> new MessageFormat(p.getProperty(k), Locale.ENGLISH)
					.format(p.getProperty(k).contains(",choice,") ? counts : args)
					.matches("(?s).*\\{\\d.*"))
				.as(bundle + ": write an apostrophe next to a parameter as ''")
				.isEmpty();
		}
	}

	@Test
	void every_key_the_code_spells_out_exists_in_the_bundles() throws IOException {
		Set<String> known = keys("translations.properties");
		Pattern literalKey = Pattern
			.compile("\"((?:" + String.join("|", modules(known)) + ")\\.[a-zA-Z0-9_.]*[a-zA-Z0-9_])\"");
		Set<String> used = new TreeSet<>();
		for (Path file : javaFiles(MAIN)) {
			Matcher m = literalKey.matcher(Files.readString(file));
			while (m.find()) {
				used.add(m.group(1));
			}
		}
		assertThat(used).hasSizeGreaterThan(500);
		assertThat(used).filteredOn(key -> !known.contains(key)).as("keys missing from the bundles").isEmpty();
	}

	@Test
	void every_constant_of_a_translatable_enum_has_its_text_in_both_bundles() throws IOException {
		List<Class<?>> enums = translatableEnums();
		assertThat(enums).contains(CustomerGrade.class, AuditAction.class, ValidationCode.class, DeclineReason.class,
				StaffRole.class);
		List<String> missing = new ArrayList<>();
		for (String bundle : BUNDLES) {
			Set<String> known = keys(bundle);
			for (Class<?> type : enums) {
				for (Object constant : type.getEnumConstants()) {
					String key = ((Translatable) constant).messageKey();
					if (!known.contains(key)) {
						missing.add(bundle + ": " + type.getSimpleName() + "." + constant + " → " + key);
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void every_listed_built_key_exists_in_both_bundles() throws IOException {
		List<String> missing = new ArrayList<>();
		for (String bundle : BUNDLES) {
			Set<String> known = keys(bundle);
			BUILT_KEYS.forEach((prefix, values) -> values.stream()
				.map(value -> prefix + value)
				.filter(key -> !known.contains(key))
				.forEach(key -> missing.add(bundle + ": " + key)));
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void keys_are_built_only_by_translatable_enums_or_from_a_listed_prefix() throws IOException {
		Pattern builtKey = Pattern.compile("\"((?:" + String.join("|", modules(keys("translations.properties")))
				+ ")\\.[a-zA-Z0-9_.]*\\.)\"\\s*\\+");
		List<String> offences = new ArrayList<>();
		for (Path file : javaFiles(MAIN)) {
			String code = Files.readString(file);
			if (code.contains("implements Translatable")) {
				continue;
			}
			Matcher m = builtKey.matcher(code);
			while (m.find()) {
				if (!BUILT_KEYS.containsKey(m.group(1))) {
					offences.add(file.getFileName() + ": " + m.group(1));
				}
			}
		}
		assertThat(offences)
			.as("give the values an enum that implements Translatable, or list the prefix in "
					+ "BUILT_KEYS with every value")
			.isEmpty();
	}

	@Test
	void ui_code_hands_no_literal_text_to_components() throws IOException {
		List<String> offences = new ArrayList<>();
		for (Path file : javaFiles(MAIN)) {
			if (!file.toString().contains("/ui/")) {
				continue;
			}
			List<String> lines = Files.readAllLines(file);
			for (int i = 0; i < lines.size(); i++) {
				if (LITERAL_TO_COMPONENT.matcher(lines.get(i)).find()) {
					offences.add(file.getFileName() + ":" + (i + 1) + ": " + lines.get(i).trim());
				}
			}
		}
		assertThat(offences).isEmpty();
	}

	@Test
	void the_literal_text_detector_catches_what_it_should_and_lets_translations_pass() {
		assertThat(LITERAL_TO_COMPONENT.matcher("add(new Button(\"Save\"));").find()).isTrue();
		assertThat(LITERAL_TO_COMPONENT.matcher("field.setLabel(\"用户名\");").find()).isTrue();
		assertThat(LITERAL_TO_COMPONENT.matcher("Notification.show(\"done\");").find()).isTrue();
		assertThat(LITERAL_TO_COMPONENT.matcher("grid.addColumn(x).setHeader(\"Name\");").find()).isTrue();
		assertThat(LITERAL_TO_COMPONENT.matcher("new Button(getTranslation(\"base.action.save\"))").find()).isFalse();
		assertThat(LITERAL_TO_COMPONENT.matcher("setWidth(\"36rem\");").find()).isFalse();
	}

	/** Every enum of the application whose constants name their text. */
	private static List<Class<?>> translatableEnums() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return definition.getMetadata().isIndependent();
			}
		};
		scanner.addIncludeFilter(new AssignableTypeFilter(Translatable.class));
		return scanner.findCandidateComponents("com.hallflow")
			.stream()
			.map(d -> ClassUtils.resolveClassName(d.getBeanClassName(), null))
			.filter(Class::isEnum)
			.collect(Collectors.toList());
	}

	/** The first parts of the keys: app, base, security and the feature modules. */
	private static Set<String> modules(Set<String> keys) {
		return keys.stream().map(k -> k.substring(0, k.indexOf('.'))).collect(Collectors.toCollection(TreeSet::new));
	}

	private static List<String> names(Enum<?>[] constants) {
		return Arrays.stream(constants).map(Enum::name).toList();
	}

	private static List<Path> javaFiles(Path root) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(f -> f.toString().endsWith(".java")).toList();
		}
	}

	private static Set<String> keys(String bundle) throws IOException {
		return new TreeSet<>(load(bundle).stringPropertyNames());
	}

	private static Properties load(String bundle) throws IOException {
		Properties p = new Properties();
		try (InputStream in = TranslationBundleTest.class.getResourceAsStream("/vaadin-i18n/" + bundle);
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			p.load(reader);
		}
		return p;
	}

}
