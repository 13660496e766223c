package com.hallflow.promotion.internal;

import com.hallflow.base.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

@Entity
@Table(name = "vas_package")
public class PackageEntity extends AbstractEntity {

	/** One row of vas_package_placement. */
	@Embeddable
	public record PlacementRow(@Column(name = "flow_key", length = 64) String flowKey,
			@Column(name = "step_key", length = 64) String stepKey) {
	}

	@Column(nullable = false, length = 32, updatable = false)
	private String code;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(nullable = false, length = 32)
	private String category;

	@Column(name = "monthly_price", nullable = false, precision = 10, scale = 2)
	private BigDecimal monthlyPrice;

	@Column(length = 1000)
	private String description;

	@Column(name = "pitch_script", nullable = false, length = 2000)
	private String pitchScript;

	@Column(length = 100)
	private String grades;

	@Column(name = "valid_from", nullable = false)
	private LocalDate validFrom;

	@Column(name = "valid_until")
	private LocalDate validUntil;

	@Column(nullable = false, length = 16)
	private String status;

	@Column(name = "updated_by", nullable = false, length = 64)
	private String updatedBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 100)
	@CollectionTable(name = "vas_package_placement", joinColumns = @JoinColumn(name = "package_id"))
	private Set<PlacementRow> placements = new HashSet<>();

	protected PackageEntity() {
	}

	public PackageEntity(String code) {
		this.code = code;
	}

	@SuppressWarnings("java:S107") // the editor's fields, written together
	public void write(String name, String category, BigDecimal monthlyPrice, String description, String pitchScript,
			String grades, LocalDate validFrom, LocalDate validUntil, String status, Set<PlacementRow> rows,
			String updatedBy, Instant updatedAt) {
		this.name = name;
		this.category = category;
		this.monthlyPrice = monthlyPrice;
		this.description = description;
		this.pitchScript = pitchScript;
		this.grades = grades;
		this.validFrom = validFrom;
		this.validUntil = validUntil;
		this.status = status;
		this.placements.clear();
		this.placements.addAll(rows);
		this.updatedBy = updatedBy;
		this.updatedAt = updatedAt;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public String getCategory() {
		return category;
	}

	public BigDecimal getMonthlyPrice() {
		return monthlyPrice;
	}

	public String getDescription() {
		return description;
	}

	public String getPitchScript() {
		return pitchScript;
	}

	public String getGrades() {
		return grades;
	}

	public LocalDate getValidFrom() {
		return validFrom;
	}

	public LocalDate getValidUntil() {
		return validUntil;
	}

	public String getStatus() {
		return status;
	}

	public String getUpdatedBy() {
		return updatedBy;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public Set<PlacementRow> getPlacements() {
		return placements;
	}

}
