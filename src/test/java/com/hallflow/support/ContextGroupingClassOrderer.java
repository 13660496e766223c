package com.hallflow.support;

import java.util.Arrays;
import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * Runs test classes grouped by the application context they need (plain, H2, MariaDB, web
 * server, the embedded demo), so that with a context cache of one every context starts
 * only once.
 */
public class ContextGroupingClassOrderer implements ClassOrderer {

	@Override
	public void orderClasses(ClassOrdererContext context) {
		context.getClassDescriptors()
			.sort(Comparator.comparingInt(ContextGroupingClassOrderer::group)
				.thenComparing(ClassDescriptor::getDisplayName));
	}

	private static int group(ClassDescriptor descriptor) {
		Class<?> type = descriptor.getTestClass();
		if (AnnotatedElementUtils.hasAnnotation(type, MariaDbTest.class)) {
			return 2;
		}
		if (AnnotatedElementUtils.hasAnnotation(type, H2Test.class)) {
			return 1;
		}
		ActiveProfiles profiles = AnnotatedElementUtils.findMergedAnnotation(type, ActiveProfiles.class);
		if (profiles != null && Arrays.asList(profiles.value()).contains("demo")) {
			return 4;
		}
		SpringBootTest boot = AnnotatedElementUtils.findMergedAnnotation(type, SpringBootTest.class);
		if (boot != null) {
			return 3;
		}
		return 0;
	}

}
