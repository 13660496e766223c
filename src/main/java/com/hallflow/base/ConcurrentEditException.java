package com.hallflow.base;

/** Someone else saved the same record since it was loaded; nothing was written. */
public class ConcurrentEditException extends BusinessException {

	public ConcurrentEditException() {
		super("base.error.conflict");
	}

	/**
	 * Refuses a save when the lock version the editor loaded is no longer the stored one.
	 */
	public static void check(long loaded, long stored) {
		if (loaded != stored) {
			throw new ConcurrentEditException();
		}
	}

}
