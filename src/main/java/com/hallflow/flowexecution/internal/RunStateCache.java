package com.hallflow.flowexecution.internal;

import com.hallflow.flowexecution.engine.RunState;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The last known session row and run state per session on this node, so that a step
 * submit need neither read the row nor replay the session. Only a hint: writes are
 * conditional on the sequence and status cached here, so a move made on another node (or
 * lost in a rollback) makes the write fail and the session is read afresh.
 */
@Component
public class RunStateCache {

	private static final int CAPACITY = 20_000;

	private static final int ENDED_CAPACITY = 500;

	/** A session as this node last saw it. */
	public record Entry(SessionSnapshot session, RunState state) {
	}

	private final Map<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
			return size() > CAPACITY;
		}
	};

	/**
	 * Sessions that ended here lately, so the receipt shown right after the last step
	 * needs no replay.
	 */
	private final Map<String, Entry> ended = new LinkedHashMap<>(64, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
			return size() > ENDED_CAPACITY;
		}
	};

	public synchronized Entry get(String publicId) {
		Entry entry = entries.get(publicId);
		return entry != null ? entry : ended.get(publicId);
	}

	public synchronized void put(SessionSnapshot session, RunState state) {
		if (session.running()) {
			entries.put(session.publicId(), new Entry(session, state));
		}
		else {
			entries.remove(session.publicId());
			ended.put(session.publicId(), new Entry(session, state));
		}
	}

	public synchronized void forget(String publicId) {
		entries.remove(publicId);
		ended.remove(publicId);
	}

}
