package com.hallflow.variant;

import com.hallflow.base.BusinessException;
import com.hallflow.flowdesign.PublishedFlowService;
import com.hallflow.flowdesign.PublishedVersion;
import com.hallflow.security.AnyStaff;
import com.hallflow.security.CurrentUser;
import com.hallflow.security.HeadOffice;
import com.hallflow.variant.internal.EffectiveIndexHolder;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * What a branch runs for a flow at an instant, from this node's effective-flow index
 * (docs/architecture.md §14): head office's version and the overlays laid on it. No
 * database work on a warm lookup.
 */
@Service
@AnyStaff
public class EffectiveFlows {

	/**
	 * One flow as a branch runs it at an instant, for head office's preview.
	 *
	 * @param overlays the overlays laid on the version, province's first
	 */
	public record Preview(String flowKey, String flowName, EffectiveRef ref,
			List<EffectiveIndex.OverlayRule> overlays) {

		public Preview {
			overlays = List.copyOf(overlays);
		}

	}

	private final EffectiveIndexHolder holder;

	private final PublishedFlowService flows;

	private final CurrentUser currentUser;

	EffectiveFlows(EffectiveIndexHolder holder, PublishedFlowService flows, CurrentUser currentUser) {
		this.holder = holder;
		this.flows = flows;
		this.currentUser = currentUser;
	}

	/**
	 * What the branch runs for the flow at {@code at}; empty when the flow cannot be
	 * started there then. Branch staff may ask only for their own branch.
	 */
	public Optional<EffectiveRef> ref(String flowKey, long branchId, Instant at) {
		mayAsk(branchId);
		return holder.knowing(branchId).resolve(flowKey, branchId, at);
	}

	/**
	 * The overlay this node's index knows by id, for naming what a branch runs; empty
	 * when it is not published.
	 */
	public Optional<EffectiveIndex.OverlayRule> overlay(long overlayId) {
		return holder.current().index().overlay(overlayId);
	}

	/**
	 * Branch staff ask only for their own branch, a region admin for the branches of
	 * their region; another branch is "not found".
	 */
	private void mayAsk(long branchId) {
		boolean refused = currentUser.regionId().isPresent() ? !currentUser.branchWithinOwnRegion(branchId)
				: currentUser.branchScope().map(own -> own != branchId).orElse(false);
		if (refused) {
			throw new BusinessException("organization.branch.notFound");
		}
	}

	/** Every active flow as the branch runs it at {@code at}, by flow name. */
	@HeadOffice
	public List<Preview> preview(long branchId, Instant at) {
		EffectiveIndex index = holder.knowing(branchId);
		Map<String, PublishedVersion> flowsByKey = flows.publishedVersions()
			.stream()
			.filter(v -> !v.retired())
			.collect(Collectors.toMap(PublishedVersion::flowKey, Function.identity(), (a, b) -> a));
		return flowsByKey.values()
			.stream()
			.sorted(Comparator.comparing(PublishedVersion::flowName).thenComparing(PublishedVersion::flowKey))
			.flatMap(f -> index.resolve(f.flowKey(), branchId, at)
				.map(ref -> new Preview(f.flowKey(), f.flowName(), ref,
						ref.overlayIds().stream().map(id -> index.overlay(id).orElseThrow()).toList()))
				.stream())
			.toList();
	}

}
