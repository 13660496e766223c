package com.hallflow.flowexecution.internal;

import com.hallflow.flowexecution.RunState;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The last known run state per session on this node, so that a step submit need not replay
 * the session. Only a hint: an entry is used only when its sequence equals the session row's,
 * so a move made on another node (or lost in a rollback) is never trusted.
 */
@Component
public class RunStateCache {

    private static final int CAPACITY = 20_000;

    private final Map<Long, RunState> states = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, RunState> eldest) {
            return size() > CAPACITY;
        }
    };

    public synchronized RunState get(long sessionId, int sequence) {
        RunState state = states.get(sessionId);
        return state != null && state.sequence() == sequence ? state : null;
    }

    public synchronized void put(long sessionId, RunState state) {
        if (state.ended()) {
            states.remove(sessionId);
        } else {
            states.put(sessionId, state);
        }
    }

    public synchronized void forget(long sessionId) {
        states.remove(sessionId);
    }
}
