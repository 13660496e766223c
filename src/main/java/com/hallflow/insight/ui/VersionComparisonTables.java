package com.hallflow.insight.ui;

import com.hallflow.insight.VersionComparison;
import com.hallflow.insight.VersionComparison.AbandonStep;
import com.hallflow.insight.VersionComparison.Outcome;
import com.hallflow.insight.VersionComparison.Side;
import com.hallflow.insight.VersionComparison.Verdict;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The comparison's two tables: each measure for the new version (the pilot branches) and
 * the earlier one (the rest), with the test's plain statement; and where sessions were
 * abandoned, by step title.
 */
class VersionComparisonTables extends VerticalLayout {

	/** One measure as the table shows it. */
	record Row(String measure, String newValue, String oldValue, String statement) {
	}

	final Grid<Row> measures = new Grid<>();

	final Grid<AbandonStep> abandons = new Grid<>();

	private final Grid.Column<Row> newColumn;

	private final Grid.Column<Row> oldColumn;

	private final Grid.Column<AbandonStep> newAbandons;

	private final Grid.Column<AbandonStep> oldAbandons;

	private VersionComparison shown;

	VersionComparisonTables() {
		setPadding(false);
		setWidthFull();
		measures.setId("versions-measures");
		// the figures are short and the verdict is a sentence: the verdict takes what the
		// figures leave, instead of the long headers widening the figures' columns
		measures.addColumn(Row::measure)
			.setHeader(getTranslation("insight.versions.measure"))
			.setWidth("11rem")
			.setFlexGrow(0);
		newColumn = measures.addColumn(Row::newValue).setWidth("15rem").setFlexGrow(0);
		oldColumn = measures.addColumn(Row::oldValue).setWidth("15rem").setFlexGrow(0);
		measures.addColumn(Row::statement)
			.setHeader(getTranslation("insight.versions.statement"))
			.setFlexGrow(1)
			.setResizable(true);
		measures.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		measures.setAllRowsVisible(true);
		abandons.setId("versions-abandons");
		abandons.addColumn(AbandonStep::title).setHeader(getTranslation("insight.column.step")).setFlexGrow(1);
		newAbandons = abandons.addColumn(s -> share(s.newAbandons(), shown.newSide())).setAutoWidth(true);
		oldAbandons = abandons.addColumn(s -> share(s.oldAbandons(), shown.oldSide())).setAutoWidth(true);
		abandons.setAllRowsVisible(true);
		add(measures, new H3(getTranslation("insight.versions.abandonsTitle")), abandons);
	}

	void show(VersionComparison comparison) {
		shown = comparison;
		Side pilot = comparison.newSide();
		Side rest = comparison.oldSide();
		String newHeader = getTranslation("insight.versions.newSide", Integer.toString(pilot.version()));
		String oldHeader = getTranslation("insight.versions.oldSide", Integer.toString(rest.version()));
		newColumn.setHeader(newHeader);
		oldColumn.setHeader(oldHeader);
		newAbandons.setHeader(newHeader);
		oldAbandons.setHeader(oldHeader);
		measures.setItems(List.of(
				new Row(getTranslation("insight.column.sessions"), sample(pilot), sample(rest),
						getTranslation("insight.versions.say.sample")),
				row("insight.column.average", pilot, rest, s -> Formats.duration(s.averageSeconds()),
						timeStatement(comparison.handleTime())),
				row("insight.column.p90", pilot, rest, s -> Formats.duration(s.p90Seconds()),
						getTranslation("insight.versions.say.p90")),
				row("insight.column.completion", pilot, rest,
						s -> ofAll(s.completionRate(), s.completed(), s.sessions()),
						rateStatement("insight.column.completion", comparison.completion())),
				row("insight.column.abandonRate", pilot, rest, s -> ofAll(s.abandonRate(), s.abandoned(), s.sessions()),
						getTranslation("insight.versions.say.abandons")),
				row("insight.versions.skippedPerSession", pilot, rest, s -> decimal(s.skippedPerSession()),
						getTranslation("insight.versions.say.skipped")),
				row("insight.column.compliance", pilot, rest,
						s -> ofAll(s.complianceRate(), s.compliant(), s.completed()),
						rateStatement("insight.column.compliance", comparison.compliance())),
				row("insight.versions.acceptance", pilot, rest,
						s -> ofAll(s.acceptanceRate(), s.accepted(), s.offered()),
						rateStatement("insight.versions.acceptance", comparison.acceptance()))));
		abandons.setItems(comparison.abandons());
	}

	private Row row(String measureKey, Side pilot, Side rest, Function<Side, String> value, String statement) {
		return new Row(getTranslation(measureKey), value.apply(pilot), value.apply(rest), statement);
	}

	private String sample(Side side) {
		return getTranslation("insight.versions.sessionsAt", side.sessions(), side.branches());
	}

	/** "71.4%（25/35）": the share with what it is made of. */
	private String ofAll(Double share, long part, long whole) {
		return getTranslation("insight.versions.ofAll", Formats.percent(share), Long.toString(part),
				Long.toString(whole));
	}

	private static String decimal(Double value) {
		return value == null ? "—" : String.format(Locale.ROOT, "%.2f", value);
	}

	private String share(long abandoned, Side side) {
		return getTranslation("insight.versions.withShare", Long.toString(abandoned),
				Formats.percent(side.sessions() == 0 ? null : (double) abandoned / side.sessions()));
	}

	/**
	 * The handle time's statement: seconds shorter or longer, then the test's verdict.
	 */
	String timeStatement(Verdict verdict) {
		if (verdict.outcome() == Outcome.TOO_FEW) {
			return tooFew(verdict);
		}
		long seconds = Math.round(Math.abs(verdict.difference()));
		String difference = seconds == 0 ? getTranslation("insight.versions.say.timeSame") : getTranslation(
				verdict.difference() < 0 ? "insight.versions.say.timeShorter" : "insight.versions.say.timeLonger",
				Long.toString(seconds));
		return difference + conclusion(verdict);
	}

	/** A rate's statement: points higher or lower, then the test's verdict. */
	String rateStatement(String measureKey, Verdict verdict) {
		if (verdict.outcome() == Outcome.TOO_FEW) {
			return tooFew(verdict);
		}
		String measure = getTranslation(measureKey);
		String points = String.format(Locale.ROOT, "%.1f", Math.abs(verdict.difference()) * 100);
		String difference = "0.0".equals(points) ? getTranslation("insight.versions.say.rateSame", measure)
				: getTranslation(
						verdict.difference() < 0 ? "insight.versions.say.rateLower" : "insight.versions.say.rateHigher",
						measure, points);
		return difference + conclusion(verdict);
	}

	private String tooFew(Verdict verdict) {
		return getTranslation("insight.versions.say.tooFew", Integer.toString(VersionComparison.MIN_SAMPLE),
				Long.toString(verdict.newSample()), Long.toString(verdict.oldSample()));
	}

	private String conclusion(Verdict verdict) {
		return getTranslation(
				verdict.outcome() == Outcome.BEYOND_NOISE ? "insight.versions.say.beyondNoise"
						: "insight.versions.say.withinNoise",
				getTranslation(verdict.test().messageKey()), pValue(verdict.pValue()));
	}

	/** "= 0.003", "= 0.41", "< 0.001". */
	static String pValue(double p) {
		if (p < 0.001) {
			return "< 0.001";
		}
		return "= " + String.format(Locale.ROOT, p < 0.01 ? "%.3f" : "%.2f", p);
	}

}
