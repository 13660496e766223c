package com.hallflow.base;

/**
 * The application cannot start as configured; the message says what to change, in one
 * line.
 */
public class StartupRefusedException extends RuntimeException {

	public StartupRefusedException(String message) {
		super(message);
	}

}
