package com.hallflow.base;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PreUpdate;
import java.util.Objects;

/**
 * A document kept as one draft and then as numbered versions that never change once
 * published (a flow version, a region's overlay; docs/architecture.md §3). The draft
 * holds the draft slot, which a unique index over its owner and the slot limits to one
 * draft; publishing numbers it and empties the slot. Only a draft changes: the subclass's
 * setters call {@link #requireDraft()}, and a guard at flush time refuses any update that
 * would change a published definition however it was made.
 *
 * <p>
 * The definition, status and other text columns stay declared on each entity, so that the
 * text columns are read from its own metamodel.
 */
@MappedSuperclass
public abstract class NumberedVersionEntity extends AbstractEntity {

	private static final int DRAFT_SLOT = 1;

	private Integer number;

	@Column(name = "draft_slot")
	private Integer draftSlot;

	private transient boolean loadedPublished;

	private transient String loadedDefinition;

	/** Whether this is still the draft: only a draft changes. */
	protected abstract boolean isDraft();

	/** The stored document, which never changes once published. */
	public abstract String getDefinition();

	/** The refusal of a change to a version that is no draft. */
	protected abstract IllegalStateException notADraft();

	/** The refusal of an update that would change a published definition. */
	protected abstract IllegalStateException immutable();

	/** Makes this the draft: it takes the draft slot. */
	protected void takeDraftSlot() {
		draftSlot = DRAFT_SLOT;
	}

	/** Numbers the draft as it is published; it leaves the draft slot. */
	protected void numberAs(int versionNumber) {
		requireDraft();
		number = versionNumber;
		draftSlot = null;
	}

	protected void requireDraft() {
		if (!isDraft()) {
			throw notADraft();
		}
	}

	@PostLoad
	void remember() {
		loadedPublished = !isDraft();
		loadedDefinition = getDefinition();
	}

	@PreUpdate
	void refuseChangesToPublished() {
		if (loadedPublished && !Objects.equals(loadedDefinition, getDefinition())) {
			throw immutable();
		}
	}

	public Integer getNumber() {
		return number;
	}

}
