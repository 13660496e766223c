package com.hallflow.promotion;

import com.hallflow.base.AuditAction;
import com.hallflow.base.AuditDetail;
import com.hallflow.base.AuditField;
import com.hallflow.base.AuditLog;
import com.hallflow.base.BusinessException;
import com.hallflow.base.ConcurrentEditException;
import com.hallflow.base.Money;
import com.hallflow.base.TextHygiene;
import com.hallflow.base.CustomerGrade;
import com.hallflow.flowdesign.PublishedFlow;
import com.hallflow.flowdesign.PublishedFlowService;
import com.hallflow.flowdesign.StepDefinition;
import com.hallflow.promotion.internal.OfferIndexHolder;
import com.hallflow.promotion.internal.PackageEntity;
import com.hallflow.promotion.internal.PackageRepository;
import com.hallflow.security.CurrentUser;
import com.hallflow.security.HeadOffice;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue of value-added packages. Every save is checked, optimistically locked,
 * audited with what changed, and bumps the promotion revision so every node's offer index
 * follows.
 */
@Service
@Transactional
@HeadOffice
public class PackageService {

	static final BigDecimal MOST_PRICE = new BigDecimal("9999.99");

	private final PackageRepository packages;

	private final PublishedFlowService flows;

	private final OfferIndexHolder holder;

	private final CurrentUser currentUser;

	private final AuditLog audit;

	private final Clock clock;

	PackageService(PackageRepository packages, PublishedFlowService flows, OfferIndexHolder holder,
			CurrentUser currentUser, AuditLog audit, Clock clock) {
		this.packages = packages;
		this.flows = flows;
		this.holder = holder;
		this.currentUser = currentUser;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<VasPackage> all() {
		return packages.findAllByOrderByCodeAsc().stream().map(PackageService::view).toList();
	}

	@Transactional(readOnly = true)
	public VasPackage get(long id) {
		return packages.findById(id)
			.map(PackageService::view)
			.orElseThrow(() -> new BusinessException("promotion.package.notFound"));
	}

	/** The promotion steps of the published flows: where a package can be placed. */
	@Transactional(readOnly = true)
	public List<PlacementOption> placementOptions() {
		List<PlacementOption> options = new ArrayList<>();
		for (PublishedFlow flow : flows.startable()) {
			for (StepDefinition step : flow.document().steps()) {
				if (step.promotionSlot()) {
					options.add(new PlacementOption(new Placement(flow.key(), step.key()), flow.document().name(),
							step.title()));
				}
			}
		}
		return options;
	}

	public VasPackage save(PackageCommand command) {
		String code = command.code() == null ? "" : command.code().trim().toUpperCase();
		Texts texts = check(command, code);
		PackageEntity entity;
		Map<AuditField, Object> before;
		if (command.id() == null) {
			if (packages.findByCode(code).isPresent()) {
				throw BusinessException.forField("code", "promotion.package.code.taken", code);
			}
			entity = new PackageEntity(code);
			before = Map.of();
		}
		else {
			entity = packages.findById(command.id())
				.orElseThrow(() -> new BusinessException("promotion.package.notFound"));
			ConcurrentEditException.check(command.lockVersion() == null ? -1 : command.lockVersion(),
					entity.getLockVersion());
			before = auditFields(view(entity));
		}
		Set<PackageEntity.PlacementRow> rows = command.placements()
			.stream()
			.map(p -> new PackageEntity.PlacementRow(p.flowKey(), p.stepKey()))
			.collect(Collectors.toCollection(LinkedHashSet::new));
		entity.write(texts.name(), command.category().name(), command.monthlyPrice().setScale(2), texts.description(),
				texts.pitch(), command.grades().isEmpty() ? null : gradeNames(command.grades()), command.validFrom(),
				command.validUntil(), command.status().name(), rows, currentUser.actorName(), clock.instant());
		PackageEntity saved = packages.saveAndFlush(entity);
		VasPackage after = view(saved);
		audit.record(currentUser.actorName(),
				command.id() == null ? AuditAction.PACKAGE_CREATED : AuditAction.PACKAGE_CHANGED, code,
				command.id() == null ? AuditDetail.values(auditFields(after))
						: AuditDetail.changes(before, auditFields(after)));
		holder.changed();
		return after;
	}

	/** A package's texts as they are kept. */
	private record Texts(String name, String description, String pitch) {
	}

	private Texts check(PackageCommand c, String code) {
		if (!code.matches("[A-Z0-9][A-Z0-9_-]{1,31}")) {
			throw BusinessException.forField("code", "promotion.package.code.format");
		}
		String name = TextHygiene.line("name", c.name(), PackageCommand.NAME_MOST);
		if (name == null) {
			throw BusinessException.forField("name", "promotion.package.name.required");
		}
		if (c.category() == null) {
			throw BusinessException.forField("category", "promotion.package.category.required");
		}
		if (!Money.isAmount(c.monthlyPrice()) || c.monthlyPrice().compareTo(MOST_PRICE) > 0) {
			throw BusinessException.forField("monthlyPrice", "promotion.package.price.range");
		}
		String description = TextHygiene.text("description", c.description(), PackageCommand.DESCRIPTION_MOST);
		String pitch = TextHygiene.text("pitchScript", c.pitchScript(), PackageCommand.PITCH_MOST);
		if (pitch == null) {
			throw BusinessException.forField("pitchScript", "promotion.package.pitch.required");
		}
		if (c.validFrom() == null) {
			throw BusinessException.forField("validFrom", "promotion.package.validFrom.required");
		}
		if (c.validUntil() != null && c.validUntil().isBefore(c.validFrom())) {
			throw BusinessException.forField("validUntil", "promotion.package.validUntil.beforeFrom");
		}
		if (c.status() == null) {
			throw BusinessException.forField("status", "promotion.package.status.required");
		}
		if (c.status() == PackageStatus.ACTIVE && c.placements().isEmpty()) {
			throw BusinessException.forField("placements", "promotion.package.placements.required");
		}
		Map<Placement, PlacementOption> known = placementOptions().stream()
			.collect(Collectors.toMap(PlacementOption::placement, Function.identity()));
		for (Placement placement : c.placements()) {
			if (!known.containsKey(placement)) {
				throw BusinessException.forField("placements", "promotion.package.placements.unknown", placement.key());
			}
		}
		return new Texts(name, description, pitch);
	}

	/** What the audit log shows of a package; its places by flow and step name. */
	private Map<AuditField, Object> auditFields(VasPackage p) {
		Map<Placement, String> places = placementOptions().stream()
			.collect(Collectors.toMap(PlacementOption::placement, PlacementOption::label));
		return AuditDetail.fields(AuditField.NAME, p.name(), AuditField.CATEGORY, p.category(), AuditField.STATUS,
				p.status(), AuditField.PRICE, "¥" + p.monthlyPrice().toPlainString(), AuditField.GRADES,
				p.grades().isEmpty() ? AuditDetail.words("promotion.audit.allGrades") : List.copyOf(p.grades()),
				AuditField.VALID_FROM, p.validFrom(), AuditField.VALID_UNTIL, p.validUntil(), AuditField.PLACEMENTS,
				p.placements().stream().map(place -> places.getOrDefault(place, place.key())).toList(),
				AuditField.DESCRIPTION, p.description(), AuditField.PITCH_SCRIPT, p.pitchScript());
	}

	static VasPackage view(PackageEntity e) {
		Set<CustomerGrade> grades = e.getGrades() == null ? Set.of()
				: Arrays.stream(e.getGrades().split(","))
					.map(CustomerGrade::valueOf)
					.collect(Collectors.toCollection(() -> EnumSet.noneOf(CustomerGrade.class)));
		List<Placement> placements = e.getPlacements()
			.stream()
			.map(r -> new Placement(r.flowKey(), r.stepKey()))
			.sorted(Comparator.comparing(Placement::key))
			.toList();
		return new VasPackage(e.getId(), e.getLockVersion(), e.getCode(), e.getName(),
				PackageCategory.valueOf(e.getCategory()), e.getMonthlyPrice(), e.getDescription(), e.getPitchScript(),
				grades, placements, e.getValidFrom(), e.getValidUntil(), PackageStatus.valueOf(e.getStatus()),
				e.getUpdatedBy(), e.getUpdatedAt());
	}

	/** Grades as stored: their names in alphabetical order, comma-separated. */
	private static String gradeNames(Set<CustomerGrade> grades) {
		return grades.stream().map(CustomerGrade::name).sorted().collect(Collectors.joining(","));
	}

}
