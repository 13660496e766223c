package com.hallflow.flowexecution.engine;

import com.hallflow.flowdesign.InputDefinition;
import java.util.Optional;

/**
 * The check of one entered value at a live submission: the translation key of what is
 * wrong, if anything.
 */
@FunctionalInterface
public interface InputCheck {

	InputCheck STANDARD = InputRules::problem;

	Optional<String> problem(InputDefinition input, String value);

}
