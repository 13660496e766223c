package com.hallflow.demo;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.hallflow.flowexecution.RecordFilter;
import com.hallflow.flowexecution.RevealReason;
import com.hallflow.flowexecution.SessionRecord;
import com.hallflow.flowexecution.SessionRecordService;
import com.hallflow.flowexecution.SessionSummary;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.security.UserAccountService;
import com.hallflow.security.UserFilter;
import com.hallflow.security.UserSummary;
import com.hallflow.support.Fixtures;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.VaadinServletRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Nothing that names a customer is left in clear where it could be read without the key:
 * the embedded demo serves two days of counter work into a database file, a supervisor
 * reveals and downloads what a supervisor can, and then the file's bytes, everything
 * logged (our own code at DEBUG) and every download are searched for each name, mobile
 * number and resident ID number the generated customers used.
 */
@SpringBootTest(properties = { "hallflow.demo.history-days=2", "logging.level.com.hallflow=DEBUG" })
@ActiveProfiles("demo")
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext
class PersonalDataAtRestTest {

	private static final Path DIRECTORY = temporaryDirectory();

	@DynamicPropertySource
	static void databaseFile(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + DIRECTORY.resolve("hallflow")
				+ ";MODE=MySQL;AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE");
	}

	@Autowired
	DemoDataLoader loader;

	@Autowired
	DemoCustomers customers;

	@Autowired
	SessionRecordService records;

	@Autowired
	UserAccountService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@AfterEach
	void signOut() {
		Fixtures.signOut();
		MockVaadin.tearDown();
	}

	@AfterAll
	static void deleteTheDatabaseFile() throws IOException {
		try (Stream<Path> files = Files.list(DIRECTORY)) {
			for (Path file : files.toList()) {
				Files.deleteIfExists(file);
			}
		}
		Files.deleteIfExists(DIRECTORY);
	}

	@Test
	void no_customer_name_id_number_or_mobile_number_is_in_clear_in_the_database_file_the_log_or_a_download(
			CapturedOutput log) throws Exception {
		assertThat(loader.historyServed.get(5, TimeUnit.MINUTES)).isPositive();
		List<DemoCustomers.Customer> served = customers.handedOut();
		assertThat(served).as("the history served people with names of two, three and four characters")
			.extracting(c -> c.name().length())
			.contains(2, 3, 4);

		int revealed = revealAsTheManager();
		assertThat(revealed).as("the manager revealed personal data, so the audit log has entries to download")
			.isPositive();
		Map<String, byte[]> downloads = new LinkedHashMap<>();
		downloads.putAll(downloads("audit"));
		downloads.putAll(downloads("insight"));
		assertThat(downloads.keySet()).as("the audit log and the dashboards were downloaded")
			.anyMatch(name -> name.startsWith("audit-csv"))
			.anyMatch(name -> name.startsWith("insight-csv"));

		jdbc.execute("SHUTDOWN");
		Map<String, byte[]> places = new LinkedHashMap<>();
		try (Stream<Path> files = Files.list(DIRECTORY)) {
			for (Path file : files.toList()) {
				places.put(file.getFileName().toString(), Files.readAllBytes(file));
			}
		}
		assertThat(indexOf(places.get("hallflow.mv.db"), h2Text("赵磊")))
			.as("a clerk's name is kept in clear in the session rows, so the search reads the file's text")
			.isNotNegative();
		places.put("the log", log.getAll().getBytes(StandardCharsets.UTF_8));
		places.putAll(downloads);

		List<String> found = new ArrayList<>();
		for (DemoCustomers.Customer person : served) {
			for (String value : List.of(person.name(), person.mobile(), person.idNumber())) {
				places.forEach((place, bytes) -> {
					if (contains(bytes, value)) {
						found.add(value + " in " + place);
					}
				});
			}
		}
		assertThat(found).as("personal data in clear").isEmpty();
	}

	/**
	 * The branch manager reveals the customer's name and the first personal number
	 * recorded in each of a few sessions of the branch; returns how many were revealed.
	 */
	private int revealAsTheManager() {
		Fixtures.signIn(user("manager", StaffRole.BRANCH_MANAGER));
		int revealed = 0;
		for (SessionSummary session : records.records(RecordFilter.any(), PageRequest.of(0, 10))) {
			if (session.customerNameMasked() != null) {
				assertThat(records.revealName(session.id(), RevealReason.CUSTOMER_REQUEST)).isNotBlank();
				revealed++;
			}
			SessionRecord record = records.record(session.id());
			for (SessionRecord.TimelineEntry entry : record.timeline()) {
				if (!entry.sealed().isEmpty()) {
					assertThat(records.reveal(session.id(), entry.sequence(), entry.sealed().get(0),
							RevealReason.COMPLAINT))
						.isNotBlank();
					revealed++;
					break;
				}
			}
		}
		return revealed;
	}

	/** Every download the page at {@code route} offers head office, by link id. */
	private Map<String, byte[]> downloads(String route) throws IOException {
		// Karibu opens the home page as it starts: nobody may be signed in yet
		Fixtures.signOut();
		Function0<UI> uiFactory = UI::new;
		MockVaadin.setup(uiFactory,
				new MockSpringServlet(new Routes().autoDiscoverViews("com.hallflow"), context, uiFactory));
		UserSummary admin = user("admin", StaffRole.HQ_ADMIN);
		Fixtures.signIn(admin);
		FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
		request.setUserPrincipalInt(SecurityContextHolder.getContext().getAuthentication());
		request.setUserInRole((principal, role) -> admin.role().roleName().equals(role));
		UI.getCurrent().navigate(route);
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (Anchor link : _find(Anchor.class)) {
			if (link.hasClassName("csv-download")) {
				byte[] bytes = DownloadKt._download(link);
				files.putAll(link.getId().orElseThrow().contains("xlsx") ? unzipped(link.getId().get(), bytes)
						: Map.of(link.getId().get(), bytes));
			}
		}
		MockVaadin.tearDown();
		return files;
	}

	/** An Excel workbook is a zip: its parts, each by name. */
	private static Map<String, byte[]> unzipped(String id, byte[] zip) throws IOException {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				ByteArrayOutputStream part = new ByteArrayOutputStream();
				in.transferTo(part);
				parts.put(id + "/" + entry.getName(), part.toByteArray());
			}
		}
		return parts;
	}

	private UserSummary user(String username, StaffRole role) {
		return SystemAuthentication
			.callAsSystem(() -> users.list(new UserFilter(username, role, null), PageRequest.of(0, 1)).get(0));
	}

	/** Whether the bytes hold the value as UTF-8 or as H2 stores text in its pages. */
	private static boolean contains(byte[] haystack, String value) {
		return indexOf(haystack, value.getBytes(StandardCharsets.UTF_8)) >= 0 || indexOf(haystack, h2Text(value)) >= 0;
	}

	/**
	 * Text as H2's MVStore writes a VARCHAR value: like UTF-8, but the second and third
	 * bytes of a character lack UTF-8's high bit, so a UTF-8 search misses every Chinese
	 * name in a table row.
	 */
	private static byte[] h2Text(String value) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (char c : value.toCharArray()) {
			if (c < 0x80) {
				out.write(c);
			}
			else if (c < 0x800) {
				out.write(0xc0 | c >> 6);
				out.write(c & 0x3f);
			}
			else {
				out.write(0xe0 | c >> 12);
				out.write(c >> 6 & 0x3f);
				out.write(c & 0x3f);
			}
		}
		return out.toByteArray();
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("hallflow-personal-data");
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

}
