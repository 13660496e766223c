package com.hallflow.organization;

import com.hallflow.base.AuditAction;
import com.hallflow.base.AuditLog;
import com.hallflow.base.AuditDetail;
import com.hallflow.base.AuditField;
import com.hallflow.base.BusinessException;
import com.hallflow.base.ConcurrentEditException;
import com.hallflow.base.TextHygiene;
import com.hallflow.organization.internal.Branch;
import com.hallflow.organization.internal.BranchRepository;
import com.hallflow.organization.internal.Region;
import com.hallflow.organization.internal.RegionRepository;
import com.hallflow.security.AnyStaff;
import com.hallflow.security.CurrentUser;
import com.hallflow.security.HeadOffice;
import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Branches (营业厅). Head office sees and edits all; a region admin sees the branches of
 * their region, branch staff only their own branch, whatever they ask for.
 */
@Service
@Validated
@Transactional
public class BranchService {

	private final BranchRepository branches;

	private final RegionRepository regions;

	private final CurrentUser currentUser;

	private final AuditLog audit;

	BranchService(BranchRepository branches, RegionRepository regions, CurrentUser currentUser, AuditLog audit) {
		this.branches = branches;
		this.regions = regions;
		this.currentUser = currentUser;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	@AnyStaff
	public List<BranchSummary> list(BranchFilter filter, Pageable page) {
		Map<Long, Region> regionsById = regionsById();
		return search(filter, page, regionsById).map(b -> summary(b, regionsById)).getContent();
	}

	@Transactional(readOnly = true)
	@AnyStaff
	public long count(BranchFilter filter) {
		return search(filter, Pageable.ofSize(1), regionsById()).getTotalElements();
	}

	@Transactional(readOnly = true)
	@AnyStaff
	public BranchSummary get(long id) {
		boolean outside = currentUser.regionId().isPresent() ? !currentUser.branchWithinOwnRegion(id)
				: currentUser.branchScope().map(own -> own != id).orElse(false);
		if (outside) {
			throw new BusinessException("organization.branch.notFound");
		}
		Branch branch = load(id);
		Map<Long, Region> itsRegion = regions.findById(branch.getRegionId())
			.map(r -> Map.of(r.getId(), r))
			.orElse(Map.of());
		return summary(branch, itsRegion);
	}

	@HeadOffice
	public BranchSummary create(@Valid BranchCommand command) {
		String code = normalisedCode(command.code());
		if (branches.existsByCode(code)) {
			throw BusinessException.forField("code", "organization.branch.code.taken", code);
		}
		Branch branch = new Branch(code);
		describe(branch, command);
		Branch saved = branches.saveAndFlush(branch);
		audit.record(currentUser.actorName(), AuditAction.BRANCH_CREATED, code, AuditDetail.values(fields(saved)));
		return summary(saved, regionsById());
	}

	@HeadOffice
	public BranchSummary update(@Valid BranchCommand command) {
		if (command.id() == null) {
			throw new IllegalArgumentException("update needs an id");
		}
		Branch branch = load(command.id());
		ConcurrentEditException.check(command.lockVersion(), branch.getLockVersion());
		if (!branch.getCode().equals(normalisedCode(command.code()))) {
			throw BusinessException.forField("code", "organization.branch.code.immutable");
		}
		Map<AuditField, Object> before = fields(branch);
		describe(branch, command);
		Branch saved = branches.saveAndFlush(branch);
		audit.record(currentUser.actorName(), AuditAction.BRANCH_UPDATED, branch.getCode(),
				AuditDetail.changes(before, fields(saved)));
		return summary(saved, regionsById());
	}

	/** What the audit log shows of a branch; the region by its name. */
	private Map<AuditField, Object> fields(Branch branch) {
		Object region = regions.findById(branch.getRegionId()).map(Region::getName).orElse(null);
		return AuditDetail.fields(AuditField.NAME, branch.getName(), AuditField.REGION, region, AuditField.ADDRESS,
				branch.getAddress(), AuditField.OPEN, branch.isOpen());
	}

	private void describe(Branch branch, BranchCommand command) {
		if (!regions.existsById(command.regionId())) {
			throw BusinessException.forField("regionId", "organization.branch.region.unknown");
		}
		String name = TextHygiene.line("name", command.name(), BranchCommand.NAME_MOST);
		String address = TextHygiene.line("address", command.address(), BranchCommand.ADDRESS_MOST);
		branch.describe(name, command.regionId(), address, command.open());
	}

	private Page<Branch> search(BranchFilter filter, Pageable page, Map<Long, Region> regionsById) {
		String text = filter.text() == null || filter.text().isBlank() ? null
				: "%" + filter.text().trim().toLowerCase(Locale.ROOT) + "%";
		Optional<Long> ownRegion = currentUser.regionId();
		if (ownRegion.isPresent()) {
			// a region admin: the asked-for region's branches that lie in their own
			Set<Long> regionIds = new HashSet<>(withSubRegions(ownRegion.get(), regionsById));
			if (filter.regionId() != null) {
				regionIds.retainAll(withSubRegions(filter.regionId(), regionsById));
			}
			return branches.search(text, false, regionIds.isEmpty() ? Set.of(-1L) : regionIds, filter.open(), null,
					page);
		}
		Long onlyId = currentUser.branchScope().orElse(null);
		Set<Long> regionIds = filter.regionId() == null ? Set.of(-1L) : withSubRegions(filter.regionId(), regionsById);
		return branches.search(text, filter.regionId() == null, regionIds, filter.open(), onlyId, page);
	}

	private static Set<Long> withSubRegions(long regionId, Map<Long, Region> regionsById) {
		RegionTree tree = RegionTree.of(regionsById.values().stream().map(RegionService::node).toList());
		Set<Long> ids = regionsById.keySet()
			.stream()
			.filter(id -> tree.within(id, regionId))
			.collect(Collectors.toSet());
		ids.add(regionId);
		return ids;
	}

	private Map<Long, Region> regionsById() {
		return regions.findAll().stream().collect(Collectors.toMap(Region::getId, Function.identity()));
	}

	private Branch load(long id) {
		return branches.findById(id).orElseThrow(() -> new BusinessException("organization.branch.notFound"));
	}

	private static String normalisedCode(String code) {
		return code.trim().toUpperCase(Locale.ROOT);
	}

	static BranchSummary summary(Branch b, Map<Long, Region> regionsById) {
		Region region = regionsById.get(b.getRegionId());
		return new BranchSummary(b.getId(), b.getLockVersion(), b.getCode(), b.getName(), b.getRegionId(),
				region == null ? "" : region.getName(), b.getAddress(), b.isOpen());
	}

}
