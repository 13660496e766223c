package com.hallflow.flowexecution.internal;

import com.hallflow.flowexecution.RunState;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The last known session row and run state per session on this node, so that a step submit
 * need neither read the row nor replay the session. Only a hint: writes are conditional on the
 * sequence and status cached here, so a move made on another node (or lost in a rollback) makes
 * the write fail and the session is read afresh.
 */
@Component
public class RunStateCache {

    private static final int CAPACITY = 20_000;

    /** A session as this node last saw it. */
    public record Entry(SessionSnapshot session, RunState state) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > CAPACITY;
        }
    };

    public synchronized Entry get(String publicId) {
        return entries.get(publicId);
    }

    public synchronized void put(SessionSnapshot session, RunState state) {
        if (session.running()) {
            entries.put(session.publicId(), new Entry(session, state));
        } else {
            entries.remove(session.publicId());
        }
    }

    public synchronized void forget(String publicId) {
        entries.remove(publicId);
    }
}
