package com.hallflow.base;

/**
 * A constant of a closed set that has a text in the bundles. Implement it on every enum
 * whose constants are shown to people: {@code TranslationBundleTest} finds each such enum
 * and checks that every constant's key exists in every bundle, so a new constant without
 * its text fails.
 */
public interface Translatable {

	/** The bundle key of this constant's text. */
	String messageKey();

}
