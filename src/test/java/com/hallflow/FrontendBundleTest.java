package com.hallflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipFile;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The committed front-end bundles were built from the front end as it stands: a change to
 * a web component or the theme without rebuilding the bundles would let the browser tests
 * and the production jar run the old one (the production build reuses a committed bundle
 * whose hashes match, and the tests load the production bundle).
 */
class FrontendBundleTest {

	@ParameterizedTest
	@ValueSource(strings = { "prod.bundle", "dev.bundle" })
	void each_bundle_was_built_from_the_front_end_as_it_stands(String bundle) throws Exception {
		JsonNode hashes;
		try (ZipFile zip = new ZipFile(Path.of("src/main/bundles", bundle).toFile())) {
			hashes = new ObjectMapper().readTree(zip.getInputStream(zip.getEntry("config/stats.json")))
				.get("frontendHashes");
		}
		Path frontend = Path.of("frontend");
		List<Path> ours;
		try (Stream<Path> files = Files.walk(frontend)) {
			ours = files.filter(Files::isRegularFile)
				.filter(f -> f.toString().endsWith(".ts") || f.toString().endsWith(".css"))
				.filter(f -> !f.startsWith(frontend.resolve("generated")))
				.toList();
		}
		assertThat(ours).isNotEmpty();
		for (Path file : ours) {
			String name = frontend.relativize(file).toString().replace('\\', '/');
			if (bundle.equals("dev.bundle") && name.startsWith("themes/")) {
				// the development server reads the theme from frontend/ as it is
				continue;
			}
			assertThat(hashes.has(name)).as("%s is in %s", name, bundle).isTrue();
			assertThat(hashes.get(name).asText())
				.as("%s was rebuilt after %s changed (./mvnw -Pproduction package rebuilds prod.bundle; "
						+ "the development server rebuilds dev.bundle)", bundle, name)
				.isEqualTo(sha256(file));
		}
	}

	private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
	}

}
