package com.hallflow.base;

import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A node's in-memory index of one configuration area, following the area's revision in
 * the database (docs/architecture.md §8). A lookup checks the revision at most once per
 * refresh interval and rebuilds the index when it moved, so all nodes agree within the
 * interval plus one rebuild; a change made on this node is seen here at once. Readers
 * never wait for a rebuild started by someone else: they use the index they have.
 *
 * @param <T> what is built: the index, with whatever it was built from
 */
public final class IndexHolder<T> {

	/** The index with the revision it was built at and how long the build took. */
	public record Built<T>(T index, long revision, long builtInMillis) {
	}

	private final ConfigRevision revision;

	private final String area;

	private final long intervalNanos;

	private final Supplier<T> build;

	private volatile Built<T> built;

	private volatile long checkedAt;

	private volatile boolean stale = true;

	private volatile boolean rebuildAnyway;

	/**
	 * @param area the area's row in {@code config_revision}
	 * @param build builds the index from the database, whoever's lookup found it stale
	 */
	public IndexHolder(ConfigRevision revision, String area, Duration interval, Supplier<T> build) {
		this.revision = revision;
		this.area = area;
		this.intervalNanos = interval.toNanos();
		this.build = build;
	}

	/**
	 * The current index, rebuilt first when the configuration moved since it was built.
	 */
	public Built<T> current() {
		Built<T> now = built;
		if (now == null || stale || System.nanoTime() - checkedAt > intervalNanos) {
			now = refresh();
		}
		return now;
	}

	/**
	 * The index built again, once, even if the revision did not move: for a lookup of
	 * something created since the last build that the revision does not count (a region,
	 * a branch).
	 */
	public Built<T> rebuilt() {
		rebuildAnyway = true;
		stale = true;
		return current();
	}

	/**
	 * Moves the area's revision in the caller's transaction and makes this node's next
	 * lookup check it once the transaction commits.
	 */
	public void changed() {
		revision.bump(area);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					stale = true;
				}
			});
		}
		else {
			stale = true;
		}
	}

	private synchronized Built<T> refresh() {
		Built<T> now = built;
		if (now != null && !stale && System.nanoTime() - checkedAt <= intervalNanos) {
			return now; // another reader checked while this one waited
		}
		stale = false;
		long at = revision.current(area);
		checkedAt = System.nanoTime();
		if (now != null && now.revision() == at && !rebuildAnyway) {
			return now;
		}
		rebuildAnyway = false;
		long started = System.nanoTime();
		built = new Built<>(build.get(), at, (System.nanoTime() - started) / 1_000_000);
		return built;
	}

}
