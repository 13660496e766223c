package com.hallflow.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the rule "all UI text comes from the bundles, Chinese first, English second": both
 * bundles hold the same keys, every key the code asks for exists, and UI code hands no literal
 * text to a component.
 */
class TranslationBundleTest {

    private static final Path MAIN = Path.of("src/main/java/com/hallflow");

    /** A string literal handed straight to something that shows text. */
    static final Pattern LITERAL_TO_COMPONENT = Pattern.compile(
            "(new (Button|Span|H[1-6]|Paragraph|Div|Anchor|Text|NativeLabel|TextField|PasswordField|TextArea|"
                    + "ComboBox|Checkbox|Select|Tab|SideNavItem|RouterLink|Notification|ConfirmDialog|Details)"
                    + "(<[^>]*>)?\\(\\s*(\"[^\"]*\\p{L}[^\"]*\")"
                    + "|\\.(setText|setLabel|setPlaceholder|setHeader|setHeaderTitle|setHelperText|setErrorMessage|"
                    + "setTitle|setTooltipText|setAriaLabel|setConfirmText|setCancelText|setRejectText|"
                    + "setEmptySelectionCaption)\\(\\s*(\"[^\"]*\\p{L}[^\"]*\")"
                    + "|Notification\\.show\\(\\s*(\"[^\"]*\"))");

    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|zh)\\(\\s*\"([a-zA-Z0-9_]+\\.[a-zA-Z0-9_.]+)\"|title = \"([a-zA-Z0-9_.]+)\""
                    + "|(?:BusinessException|forField)\\((?:\"[a-zA-Z]+\", )?\"([a-z]+\\.[a-zA-Z0-9_.]+)\""
                    + "|message = \"([a-z]+\\.[a-zA-Z0-9_.]+)\"");

    @Test
    void both_bundles_hold_exactly_the_same_keys() throws IOException {
        assertThat(keys("translations_en.properties")).containsExactlyInAnyOrderElementsOf(keys("translations.properties"));
    }

    @Test
    void no_bundle_value_is_empty() throws IOException {
        for (String bundle : List.of("translations.properties", "translations_en.properties")) {
            Properties p = load(bundle);
            assertThat(p.stringPropertyNames()).allSatisfy(k -> assertThat(p.getProperty(k)).as(bundle + " " + k)
                    .isNotBlank());
        }
    }

    @Test
    void the_chinese_bundle_is_chinese_and_the_english_one_is_not() throws IOException {
        Properties zh = load("translations.properties");
        Properties en = load("translations_en.properties");
        assertThat(zh.getProperty("shell.logout")).isEqualTo("退出登录");
        assertThat(en.getProperty("shell.logout")).isEqualTo("Sign out");
        long chineseValues = zh.stringPropertyNames().stream()
                .filter(k -> zh.getProperty(k).codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                        == Character.UnicodeScript.HAN)).count();
        assertThat(chineseValues).isGreaterThan(zh.size() * 9L / 10);
    }

    @Test
    void every_key_the_code_uses_exists_in_the_bundles() throws IOException {
        Set<String> known = keys("translations.properties");
        Set<String> used = new TreeSet<>();
        for (Path file : javaFiles(MAIN)) {
            Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
            while (m.find()) {
                for (int g = 1; g <= m.groupCount(); g++) {
                    if (m.group(g) != null && !m.group(g).endsWith(".")) {
                        used.add(m.group(g));
                    }
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(known).containsAll(used);
    }

    @Test
    void every_validation_rule_has_a_message() throws IOException {
        Set<String> known = keys("translations.properties");
        for (com.hallflow.flowdesign.ValidationCode code : com.hallflow.flowdesign.ValidationCode.values()) {
            assertThat(known).contains(code.messageKey());
        }
    }

    @Test
    void keys_built_from_enums_exist_for_every_constant() throws IOException {
        Set<String> known = keys("translations.properties");
        for (com.hallflow.security.StaffRole role : com.hallflow.security.StaffRole.values()) {
            assertThat(known).contains(role.messageKey(), "shell.home.hint." + role.name());
        }
        for (Locale locale : TranslationProvider.LOCALES) {
            assertThat(known).contains("base.language." + locale.getLanguage());
        }
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
