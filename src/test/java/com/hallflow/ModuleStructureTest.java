package com.hallflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.core.ApplicationModules;

class ModuleStructureTest {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("com.hallflow");

	@Test
	void modules_only_use_each_others_api_and_have_no_cycles() {
		ApplicationModules.of(HallFlowApplication.class).verify();
	}

	@Test
	void views_never_touch_repositories_or_the_entity_manager() {
		noClasses().that()
			.resideInAPackage("..ui..")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(Repository.class)
			.orShould()
			.dependOnClassesThat()
			.areAssignableTo(EntityManager.class)
			.orShould()
			.dependOnClassesThat()
			.resideInAPackage("..internal..")
			.check(CLASSES);
	}

	@Test
	void services_never_depend_on_vaadin_views() {
		noClasses().that()
			.haveSimpleNameEndingWith("Service")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..ui..")
			.check(CLASSES);
	}

	@Test
	void the_run_engine_is_pure_and_only_the_run_side_reaches_it() {
		noClasses().that()
			.resideOutsideOfPackages("com.hallflow.flowexecution", "com.hallflow.flowexecution.engine",
					"com.hallflow.flowexecution.internal")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("com.hallflow.flowexecution.engine")
			.check(CLASSES);
		noClasses().that()
			.resideInAPackage("com.hallflow.flowexecution.engine")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..internal..", "..ui..", "org.springframework..", "jakarta.persistence..",
					"com.vaadin..")
			.check(CLASSES);
	}

	@Test
	void on_the_run_side_only_the_session_writer_and_the_receipt_counter_write_with_plain_jdbc() {
		noClasses().that()
			.resideInAPackage("com.hallflow.flowexecution..")
			.and()
			.doNotHaveSimpleName("SessionWriter")
			.and()
			.doNotHaveSimpleName("ReceiptNumbers")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(JdbcTemplate.class)
			.check(CLASSES);
	}

}
