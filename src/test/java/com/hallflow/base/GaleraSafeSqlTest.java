package com.hallflow.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What Galera does not carry across nodes must not hold anything up
 * (docs/decisions/0028-galera-cluster.md): no named locks, no table locks, no shared row
 * locks, and a pessimistic row lock only where a unique key backs it up (publishing a
 * template's versions, where {@code uk_flow_version_number} refuses a second number if
 * two writers ever met).
 */
class GaleraSafeSqlTest {

	private static final Pattern FORBIDDEN = Pattern.compile(
			"get_lock\\s*\\(|release_lock\\s*\\(|lock\\s+tables|lock\\s+in\\s+share\\s+mode|for\\s+share|for\\s+update",
			Pattern.CASE_INSENSITIVE);

	private static final List<String> PESSIMISTIC_ALLOWED = List
		.of("src/main/java/com/hallflow/flowdesign/internal/FlowTemplateRepository.java");

	@Test
	void no_sql_takes_a_lock_galera_does_not_replicate() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path file : sources()) {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			var matcher = FORBIDDEN.matcher(text);
			while (matcher.find()) {
				found.add(file + ": " + matcher.group().toLowerCase(Locale.ROOT));
			}
		}
		assertThat(found).isEmpty();
	}

	@Test
	void pessimistic_row_locks_only_where_a_unique_key_backs_them_up() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path file : sources()) {
			if (Files.readString(file, StandardCharsets.UTF_8).contains("LockModeType.PESSIMISTIC")) {
				found.add(file.toString().replace('\\', '/'));
			}
		}
		assertThat(found).containsExactlyInAnyOrderElementsOf(PESSIMISTIC_ALLOWED);
		assertThat(Files.readString(Path.of("db/changelog/changes/0004_flowdesign_templates_versions.yaml"),
				StandardCharsets.UTF_8))
			.contains("uk_flow_version_number");
	}

	private static List<Path> sources() throws IOException {
		List<Path> files = new ArrayList<>();
		for (String root : List.of("src/main/java", "src/main/resources", "db")) {
			try (Stream<Path> walk = Files.walk(Path.of(root))) {
				walk.filter(Files::isRegularFile)
					.filter(p -> p.toString().matches(".*\\.(java|sql|yaml|xml)$"))
					.forEach(files::add);
			}
		}
		assertThat(files).as("the sources are read from the project's folder").hasSizeGreaterThan(100);
		return files;
	}

}
