package com.hallflow.insight;

import java.time.LocalDate;

/**
 * A clerk's own figures of one business day at their branch ({@link MyDayService}): the
 * sessions they ended, completed and abandoned, their handle time, and the offers they
 * put to customers and how many were accepted. Practice is never counted.
 */
public record MyDay(LocalDate day, Figures figures, Dashboard.OffersMade offers) {
}
