package com.hallflow.organization;

import com.hallflow.base.AuditAction;
import com.hallflow.base.AuditLog;
import com.hallflow.base.AuditDetail;
import com.hallflow.base.AuditField;
import com.hallflow.base.BusinessException;
import com.hallflow.base.ConcurrentEditException;
import com.hallflow.base.ConfigRevision;
import com.hallflow.base.IndexHolder;
import com.hallflow.base.TextHygiene;
import com.hallflow.organization.internal.BranchRepository;
import com.hallflow.organization.internal.Region;
import com.hallflow.organization.internal.RegionRepository;
import com.hallflow.security.AnyStaff;
import com.hallflow.security.CurrentUser;
import com.hallflow.security.HeadOffice;
import jakarta.validation.Valid;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The province → city tree branches belong to. Everyone reads it; head office changes it.
 */
@Service
@Validated
@Transactional
public class RegionService {

	private final RegionRepository regions;

	private final BranchRepository branches;

	private final CurrentUser currentUser;

	private final AuditLog audit;

	/**
	 * The regions' names as this node knows them, following the {@code organization}
	 * revision that every change of a region moves ({@link IndexHolder}).
	 */
	private final IndexHolder<Map<Long, String>> names;

	RegionService(RegionRepository regions, BranchRepository branches, CurrentUser currentUser, AuditLog audit,
			ConfigRevision revision, @Value("${hallflow.organization.refresh-interval:2s}") Duration interval) {
		this.regions = regions;
		this.branches = branches;
		this.currentUser = currentUser;
		this.audit = audit;
		this.names = new IndexHolder<>(revision, "organization", interval,
				() -> regions.findAll().stream().collect(Collectors.toUnmodifiableMap(Region::getId, Region::getName)));
	}

	@Transactional(readOnly = true)
	@AnyStaff
	public List<RegionNode> all() {
		return regions.findAllByOrderByCodeAsc().stream().map(RegionService::node).toList();
	}

	/** The whole tree, to walk up from a region to its province. */
	@Transactional(readOnly = true)
	@AnyStaff
	public RegionTree tree() {
		return RegionTree.of(all());
	}

	/**
	 * A region's name without reading the regions (for what names a region on every
	 * record and receipt); a rename made on another node shows here within the refresh
	 * interval (2 s). Empty for a region that does not exist.
	 */
	@Transactional(readOnly = true)
	@AnyStaff
	public String nameOf(long regionId) {
		String name = names.current().index().get(regionId);
		if (name == null) {
			// created since this node read the names: read them again, once
			name = names.rebuilt().index().get(regionId);
		}
		return name == null ? "" : name;
	}

	@HeadOffice
	public RegionNode create(@Valid RegionCommand command) {
		String code = command.code().trim().toUpperCase(Locale.ROOT);
		if (regions.existsByCode(code)) {
			throw BusinessException.forField("code", "organization.region.code.taken", code);
		}
		if (command.parentId() != null) {
			Region parent = regions.findById(command.parentId())
				.orElseThrow(() -> BusinessException.forField("parentId", "organization.region.parent.unknown"));
			if (parent.getParentId() != null) {
				throw BusinessException.forField("parentId", "organization.region.parent.notProvince");
			}
		}
		String name = TextHygiene.line("name", command.name(), RegionCommand.NAME_MOST);
		Region saved = regions.saveAndFlush(new Region(code, name, command.parentId()));
		names.changed();
		audit.record(currentUser.actorName(), AuditAction.REGION_CREATED, code,
				AuditDetail.values(AuditDetail.fields(AuditField.NAME, saved.getName(), AuditField.PARENT,
						command.parentId() == null ? null
								: regions.findById(command.parentId()).map(Region::getName).orElse(null))));
		return node(saved);
	}

	@HeadOffice
	public RegionNode rename(long id, long lockVersion, String name) {
		if (name == null || name.isBlank()) {
			throw BusinessException.forField("name", "organization.region.name.required");
		}
		String kept = TextHygiene.line("name", name, RegionCommand.NAME_MOST);
		Region region = load(id);
		ConcurrentEditException.check(lockVersion, region.getLockVersion());
		String before = region.getName();
		region.rename(kept);
		Region saved = regions.saveAndFlush(region);
		names.changed();
		audit.record(currentUser.actorName(), AuditAction.REGION_RENAMED, region.getCode(),
				AuditDetail.builder().change(AuditField.NAME, before, saved.getName()).json());
		return node(saved);
	}

	@HeadOffice
	public void delete(long id) {
		Region region = load(id);
		if (regions.existsByParentId(id) || branches.existsByRegionId(id)) {
			throw new BusinessException("organization.region.inUse", region.getName());
		}
		regions.delete(region);
		names.changed();
		audit.record(currentUser.actorName(), AuditAction.REGION_DELETED, region.getCode(),
				AuditDetail.builder().value(AuditField.NAME, region.getName()).json());
	}

	private Region load(long id) {
		return regions.findById(id).orElseThrow(() -> new BusinessException("organization.region.notFound"));
	}

	static RegionNode node(Region r) {
		return new RegionNode(r.getId(), r.getLockVersion(), r.getCode(), r.getName(), r.getParentId());
	}

}
