package com.hallflow.variant;

import com.hallflow.base.AuditAction;
import com.hallflow.base.AuditDetail;
import com.hallflow.base.AuditField;
import com.hallflow.base.AuditLog;
import com.hallflow.base.BusinessException;
import com.hallflow.base.ConcurrentEditException;
import com.hallflow.base.TextHygiene;
import com.hallflow.flowdesign.FlowDocument;
import com.hallflow.flowdesign.FormatProblem;
import com.hallflow.flowdesign.PublishedFlow;
import com.hallflow.flowdesign.VersionSummary;
import com.hallflow.organization.RegionNode;
import com.hallflow.organization.RegionService;
import com.hallflow.organization.RegionTree;
import com.hallflow.promotion.RolloutTarget;
import com.hallflow.promotion.Stage;
import com.hallflow.security.CurrentUser;
import com.hallflow.security.HeadOffice;
import com.hallflow.security.HeadOfficeOrRegion;
import com.hallflow.security.RegionOnly;
import com.hallflow.variant.internal.EffectiveIndexHolder;
import com.hallflow.variant.internal.FlowOverlayEntity;
import com.hallflow.variant.internal.FlowOverlayRepository;
import com.hallflow.variant.internal.OverlayAccess;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A region's overlays of head office's flows (docs/architecture.md §14): the one draft
 * per flow and region, its check against head office's newest version, publishing
 * immutable numbered versions, history, export and import. Head office reads every
 * region's; a region admin reads and changes its own region's (a province's admin also
 * its cities'); {@link OverlayAccess} decides which region is whose.
 */
@Service
@Transactional
public class OverlayService {

	private final FlowOverlayRepository overlays;

	private final OverlayLayers layers;

	private final OverlayAccess access;

	private final RegionService regions;

	private final CurrentUser currentUser;

	private final AuditLog audit;

	private final Clock clock;

	private final EffectiveIndexHolder index;

	private final FlowRolloutService rollouts;

	@SuppressWarnings("java:S107") // collaborators injected by Spring
	OverlayService(FlowOverlayRepository overlays, OverlayLayers layers, OverlayAccess access, RegionService regions,
			CurrentUser currentUser, AuditLog audit, Clock clock, EffectiveIndexHolder index,
			FlowRolloutService rollouts) {
		this.index = index;
		this.rollouts = rollouts;
		this.overlays = overlays;
		this.layers = layers;
		this.access = access;
		this.regions = regions;
		this.currentUser = currentUser;
		this.audit = audit;
		this.clock = clock;
	}

	/** The region the signed-in region admin is bound to; empty for head office. */
	@Transactional(readOnly = true)
	@HeadOfficeOrRegion
	public Optional<RegionNode> ownRegion() {
		RegionTree tree = regions.tree();
		return access.ownRegion().flatMap(tree::get);
	}

	/** A region whose overlays the caller may read. */
	@Transactional(readOnly = true)
	@HeadOfficeOrRegion
	public RegionNode region(long regionId) {
		return readable(regionId);
	}

	/**
	 * The region's draft, or what a new one starts as: its newest published overlay on
	 * head office's newest version, else no change at all.
	 */
	@Transactional(readOnly = true)
	@HeadOfficeOrRegion
	public OverlayDraft draft(String flowKey, long regionId) {
		RegionNode region = readable(regionId);
		PublishedFlow hq = layers.newest(flowKey);
		return overlays.findByFlowKeyAndRegionIdAndStatus(flowKey, regionId, FlowOverlayEntity.Status.DRAFT)
			.map(d -> new OverlayDraft(flowKey, regionId, region.name(), d.getLockVersion(),
					OverlayJson.readStored(d.getDefinition()).onBase(hq.number()), true, d.getUpdatedBy(),
					d.getUpdatedAt()))
			.orElseGet(() -> new OverlayDraft(flowKey, regionId, region.name(), -1,
					latest(flowKey, regionId).map(o -> o.onBase(hq.number()))
						.orElseGet(() -> new FlowOverlay(FlowOverlay.CURRENT_FORMAT, flowKey, region.code(),
								hq.number(), List.of())),
					false, null, null));
	}

	/**
	 * The overlay (saved or not) laid on head office's newest version and checked, as the
	 * editor shows it after every change.
	 */
	@Transactional(readOnly = true)
	@HeadOfficeOrRegion
	public OverlayCheck check(String flowKey, long regionId, FlowOverlay overlay) {
		RegionNode region = readable(regionId);
		PublishedFlow hq = layers.newest(flowKey);
		return layers.check(hq, region, normalised(overlay, flowKey, region, hq));
	}

	/**
	 * Saves the whole overlay as the region's draft, whatever its check says; refused
	 * when someone saved it since {@code lockVersion} (ignored when there is no draft
	 * yet). Audited {@code OVERLAY_DRAFT_SAVED} with each change in words, as an import
	 * is.
	 */
	@RegionOnly
	public OverlayDraft saveDraft(String flowKey, long regionId, long lockVersion, FlowOverlay overlay) {
		RegionNode region = editable(regionId);
		PublishedFlow hq = layers.newest(flowKey);
		return store(flowKey, region, hq, lockVersion, normalised(overlay, flowKey, region, hq), true);
	}

	/**
	 * Import into the region's draft: the document is read whole and laid on head
	 * office's newest version; a change that breaks head office's marks or no longer fits
	 * refuses it whole, with every such change named. Nothing is stored on a refusal.
	 */
	@RegionOnly
	public OverlayDraft importDraft(String flowKey, long regionId, String json) {
		RegionNode region = editable(regionId);
		FlowOverlay read = OverlayJson.read(json);
		if (!flowKey.equals(read.flow()) || !region.code().equals(read.region())) {
			throw new OverlayFormatException(List.of(new FormatProblem("$", "the overlay is for " + read.flow() + " in "
					+ read.region() + ", not " + flowKey + " in " + region.code())));
		}
		PublishedFlow hq = layers.newest(flowKey);
		FlowOverlay overlay = normalised(read, flowKey, region, hq);
		List<OverlayIssue> refused = layers.check(hq, region, overlay)
			.issues()
			.stream()
			.filter(i -> i.kind() == OverlayIssue.Kind.REFUSED || i.kind() == OverlayIssue.Kind.CONFLICT)
			.toList();
		if (!refused.isEmpty()) {
			throw new OverlayInvalidException(refused);
		}
		return store(flowKey, region, hq, -1, overlay, false);
	}

	/**
	 * Publishes the draft as the region's version latest + 1 on head office's newest
	 * version; refused, with every problem in words, while any change is refused,
	 * conflicts or leaves the effective flow invalid.
	 */
	@RegionOnly
	public int publish(String flowKey, long regionId, long lockVersion, String changeNote) {
		return published(flowKey, regionId, lockVersion, changeNote).getNumber();
	}

	/**
	 * Publishes the draft as {@link #publish} does, staged (decision 0027): in the same
	 * transaction its rollout is opened with these stages and exclusions, which must lie
	 * in the region. It applies only where a started stage reaches; a refused plan, or
	 * another open rollout of the region's overlays of the flow, publishes nothing.
	 */
	@RegionOnly
	public FlowRollout publishStaged(String flowKey, long regionId, long lockVersion, String changeNote,
			List<Stage> stages, List<RolloutTarget> exclusions) {
		FlowOverlayEntity overlay = published(flowKey, regionId, lockVersion, changeNote);
		FlowRollout staged = rollouts.stage(FlowRollout.Subject.OVERLAY, overlay.getId());
		return rollouts.save(new FlowRolloutCommand(staged.id(), staged.lockVersion(), null, null, stages, exclusions));
	}

	private FlowOverlayEntity published(String flowKey, long regionId, long lockVersion, String changeNote) {
		String note = TextHygiene.text("changeNote", changeNote, VersionSummary.NOTE_MOST);
		if (note == null) {
			throw BusinessException.forField("changeNote", "variant.publish.noteRequired");
		}
		RegionNode region = editable(regionId);
		FlowOverlayEntity draft = overlays
			.findByFlowKeyAndRegionIdAndStatus(flowKey, regionId, FlowOverlayEntity.Status.DRAFT)
			.orElseThrow(() -> new BusinessException("variant.draft.none"));
		ConcurrentEditException.check(lockVersion, draft.getLockVersion());
		// the branches of the region run it from this commit on (every node within the
		// index's refresh)
		index.changed();
		PublishedFlow hq = layers.newest(flowKey);
		FlowOverlay overlay = OverlayJson.readStored(draft.getDefinition()).onBase(hq.number());
		OverlayCheck check = layers.check(hq, region, overlay);
		if (!check.publishable()) {
			throw new OverlayInvalidException(check.blocking());
		}
		Instant now = clock.instant();
		int number = overlays.maxNumber(flowKey, regionId) + 1;
		String json = OverlayJson.write(overlay);
		draft.replaceDefinition(json, hq.versionId(), hq.number(), actor(), now);
		draft.publish(number, json, note, actor(), now);
		FlowOverlayEntity saved = overlays.saveAndFlush(draft);
		FlowDocument under = check.composed().document();
		audit.record(actor(), AuditAction.OVERLAY_PUBLISHED, target(flowKey, region),
				AuditDetail.builder()
					.value(AuditField.REGION, region.name())
					.value(AuditField.VERSION, number)
					.value(AuditField.BASE_VERSION, hq.number())
					.value(AuditField.CHANGE_NOTE, note)
					.value(AuditField.CHANGES,
							overlay.changes().stream().map(c -> OverlayWords.describe(c, under)).toList())
					.json());
		return saved;
	}

	/** The region's published versions, newest first. */
	@Transactional(readOnly = true)
	@HeadOfficeOrRegion
	public List<OverlayVersionSummary> history(String flowKey, long regionId) {
		readable(regionId);
		List<FlowOverlayEntity> all = overlays.findByFlowKeyAndRegionIdAndNumberNotNullOrderByNumberDesc(flowKey,
				regionId);
		return all.stream()
			.map(o -> new OverlayVersionSummary(o.getNumber(), o.getBaseVersionNumber(),
					o.getRebasedFromId() == null ? null
							: all.stream()
								.filter(f -> f.getId().equals(o.getRebasedFromId()))
								.map(FlowOverlayEntity::getNumber)
								.findFirst()
								.orElse(null),
					o.getChangeNote(), o.getPublishedBy(), o.getPublishedAt(),
					OverlayJson.readStored(o.getDefinition()).changes().size()))
			.toList();
	}

	@Transactional(readOnly = true)
	@HeadOfficeOrRegion
	public FlowOverlay version(String flowKey, long regionId, int number) {
		return OverlayJson.readStored(stored(flowKey, regionId, number).getDefinition());
	}

	/** The stored text of a published version: the same bytes every time. */
	@Transactional(readOnly = true)
	@HeadOfficeOrRegion
	public String export(String flowKey, long regionId, int number) {
		return stored(flowKey, regionId, number).getDefinition();
	}

	/**
	 * Why the region's newest overlay could not be laid on head office's newest version
	 * (empty when it is laid on it, or the region has none).
	 */
	@Transactional(readOnly = true)
	@HeadOfficeOrRegion
	public List<OverlayIssue> conflicts(String flowKey, long regionId) {
		RegionNode region = readable(regionId);
		PublishedFlow hq = layers.newest(flowKey);
		return overlays.findByFlowKeyAndRegionIdAndNumberNotNullOrderByNumberDesc(flowKey, regionId)
			.stream()
			.findFirst()
			.filter(o -> o.getBaseVersionNumber() < hq.number())
			.map(o -> layers.check(hq, region, OverlayJson.readStored(o.getDefinition()).onBase(hq.number()))
				.blocking())
			.orElse(List.of());
	}

	/**
	 * Which regions' newest overlays of the flow are laid on an older version than head
	 * office's newest, each with why it could not be laid again (head office's view).
	 */
	@Transactional(readOnly = true)
	@HeadOffice
	public List<OverlayState> behind(String flowKey) {
		return overlaysOf(flowKey).stream().filter(OverlayState::behind).toList();
	}

	/**
	 * Every region that has an overlay of the flow, published or draft (head office's
	 * view).
	 */
	@Transactional(readOnly = true)
	@HeadOffice
	public List<OverlayState> overlaysOf(String flowKey) {
		RegionTree tree = regions.tree();
		PublishedFlow hq = layers.newest(flowKey);
		List<Long> drafts = overlays.regionsWithDraft(flowKey);
		List<FlowOverlayEntity> latest = overlays.latestPublished(flowKey);
		Set<Long> ids = new TreeSet<>(drafts);
		latest.forEach(o -> ids.add(o.getRegionId()));
		return ids.stream()
			.map(id -> state(hq, tree.get(id).orElseThrow(), drafts.contains(id),
					latest.stream().filter(o -> o.getRegionId().equals(id)).findFirst()))
			.toList();
	}

	/** Where the region stands with each of head office's flows that can be started. */
	@Transactional(readOnly = true)
	@HeadOfficeOrRegion
	public List<OverlayState> overview(long regionId) {
		RegionNode region = readable(regionId);
		List<String> drafts = overlays.flowsWithDraft(regionId);
		List<FlowOverlayEntity> latest = overlays.latestPublishedOfRegion(regionId);
		return layers.startable()
			.stream()
			.map(flow -> layers.newest(flow.key()))
			.map(hq -> state(hq, region, drafts.contains(hq.key()),
					latest.stream().filter(o -> o.getFlowKey().equals(hq.key())).findFirst()))
			.toList();
	}

	private OverlayState state(PublishedFlow hq, RegionNode region, boolean draft,
			Optional<FlowOverlayEntity> published) {
		List<OverlayIssue> conflicts = published.filter(o -> o.getBaseVersionNumber() < hq.number())
			.map(o -> layers.check(hq, region, OverlayJson.readStored(o.getDefinition()).onBase(hq.number()))
				.blocking())
			.orElse(List.of());
		return new OverlayState(hq.key(), hq.document().name(), region.id(), region.name(), hq.number(), draft,
				published.map(FlowOverlayEntity::getNumber).orElse(null),
				published.map(FlowOverlayEntity::getBaseVersionNumber).orElse(null), conflicts);
	}

	private OverlayDraft store(String flowKey, RegionNode region, PublishedFlow hq, long lockVersion,
			FlowOverlay overlay, boolean checkLock) {
		OverlayTexts.refuse(overlay);
		String json = OverlayJson.write(overlay);
		int bytes = json.getBytes(StandardCharsets.UTF_8).length;
		if (bytes > OverlayJson.MAX_BYTES) {
			throw new BusinessException("variant.draft.tooLarge", Integer.toString(OverlayJson.MAX_BYTES / 1024),
					Integer.toString((bytes + 1023) / 1024));
		}
		Instant now = clock.instant();
		Optional<FlowOverlayEntity> existing = overlays.findByFlowKeyAndRegionIdAndStatus(flowKey, region.id(),
				FlowOverlayEntity.Status.DRAFT);
		FlowOverlayEntity draft;
		if (existing.isPresent()) {
			draft = existing.get();
			if (checkLock) {
				ConcurrentEditException.check(lockVersion, draft.getLockVersion());
			}
			draft.replaceDefinition(json, hq.versionId(), hq.number(), actor(), now);
		}
		else {
			draft = FlowOverlayEntity.draft(flowKey, region.id(), hq.versionId(), hq.number(), json, actor(), now);
		}
		FlowOverlayEntity saved = overlays.saveAndFlush(draft);
		List<FlowOverlay> laid = new ArrayList<>(layers.provinceOverlay(flowKey, region).stream().toList());
		laid.add(overlay);
		FlowDocument under = OverlayMerge.compose(hq.document(), laid).document();
		audit.record(actor(), AuditAction.OVERLAY_DRAFT_SAVED, target(flowKey, region), AuditDetail.builder()
			.value(AuditField.REGION, region.name())
			.value(AuditField.BASE_VERSION, hq.number())
			.value(AuditField.CHANGES,
					overlay.changes().stream().map(c -> OverlayWords.describe(c, hq.document(), under)).toList())
			.json());
		return new OverlayDraft(flowKey, region.id(), region.name(), saved.getLockVersion(), overlay, true,
				saved.getUpdatedBy(), saved.getUpdatedAt());
	}

	/**
	 * The overlay as it is kept: this flow and region, on head office's newest version,
	 * at most {@link FlowOverlay#MAX_CHANGES} changes.
	 */
	private static FlowOverlay normalised(FlowOverlay overlay, String flowKey, RegionNode region, PublishedFlow hq) {
		if (overlay.changes().size() > FlowOverlay.MAX_CHANGES) {
			throw new BusinessException("variant.draft.tooManyChanges", FlowOverlay.MAX_CHANGES);
		}
		return new FlowOverlay(FlowOverlay.CURRENT_FORMAT, flowKey, region.code(), hq.number(), overlay.changes());
	}

	private Optional<FlowOverlay> latest(String flowKey, long regionId) {
		return overlays.findByFlowKeyAndRegionIdAndNumberNotNullOrderByNumberDesc(flowKey, regionId)
			.stream()
			.findFirst()
			.map(o -> OverlayJson.readStored(o.getDefinition()));
	}

	private FlowOverlayEntity stored(String flowKey, long regionId, int number) {
		readable(regionId);
		return overlays.findByFlowKeyAndRegionIdAndNumber(flowKey, regionId, number)
			.orElseThrow(() -> new BusinessException("variant.version.notFound", number));
	}

	private RegionNode readable(long regionId) {
		RegionTree tree = regions.tree();
		access.requireRead(regionId, tree);
		return tree.get(regionId).orElseThrow(() -> new BusinessException("organization.region.notFound"));
	}

	private RegionNode editable(long regionId) {
		RegionTree tree = regions.tree();
		access.requireEdit(regionId, tree);
		return tree.get(regionId).orElseThrow(() -> new BusinessException("organization.region.notFound"));
	}

	static String target(String flowKey, RegionNode region) {
		return flowKey + " · " + region.name();
	}

	private String actor() {
		return currentUser.actorName();
	}

}
