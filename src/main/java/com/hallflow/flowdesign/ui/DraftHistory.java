package com.hallflow.flowdesign.ui;

import com.hallflow.flowdesign.FlowDocument;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The working document of the editor with undo and redo; every edit replaces the whole
 * tree.
 */
final class DraftHistory {

	private static final int LIMIT = 100;

	private final Deque<FlowDocument> undo = new ArrayDeque<>();

	private final Deque<FlowDocument> redo = new ArrayDeque<>();

	private FlowDocument current;

	private FlowDocument saved;

	DraftHistory(FlowDocument loaded) {
		this.current = loaded;
		this.saved = loaded;
	}

	FlowDocument current() {
		return current;
	}

	void apply(FlowDocument next) {
		if (next.equals(current)) {
			return;
		}
		undo.push(current);
		if (undo.size() > LIMIT) {
			undo.removeLast();
		}
		redo.clear();
		current = next;
	}

	boolean canUndo() {
		return !undo.isEmpty();
	}

	boolean canRedo() {
		return !redo.isEmpty();
	}

	void undo() {
		if (canUndo()) {
			redo.push(current);
			current = undo.pop();
		}
	}

	void redo() {
		if (canRedo()) {
			undo.push(current);
			current = redo.pop();
		}
	}

	boolean dirty() {
		return !current.equals(saved);
	}

	void markSaved(FlowDocument document) {
		saved = document;
		current = document;
	}

	/**
	 * Starts over from a freshly loaded document, forgetting the edits (after "reload").
	 */
	void reset(FlowDocument loaded) {
		undo.clear();
		redo.clear();
		current = loaded;
		saved = loaded;
	}

}
