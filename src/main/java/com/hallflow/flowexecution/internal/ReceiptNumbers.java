package com.hallflow.flowexecution.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receipt numbers unique per branch: branch code, business day and a counter for that
 * branch and day, e.g. {@code GZ-TH-001-20261126-0007}. The counter row is taken in the
 * caller's transaction, so a rolled-back session gives its number back.
 */
@Component
public class ReceiptNumbers {

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	@PersistenceContext
	private EntityManager entityManager;

	@Transactional(propagation = Propagation.MANDATORY)
	public String next(long branchId, String branchCode, LocalDate day) {
		entityManager.createNativeQuery("""
				insert into receipt_counter (branch_id, business_day, last_number) values (?1, ?2, 1)
				on duplicate key update last_number = last_number + 1""")
			.setParameter(1, branchId)
			.setParameter(2, day)
			.executeUpdate();
		Number number = (Number) entityManager
			.createNativeQuery("select last_number from receipt_counter where branch_id = ?1 and business_day = ?2")
			.setParameter(1, branchId)
			.setParameter(2, day)
			.getSingleResult();
		return "%s-%s-%04d".formatted(branchCode, DAY.format(day), number.intValue());
	}

}
