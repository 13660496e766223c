package com.hallflow.flowexecution.ui;

import com.hallflow.base.ui.Dates;
import com.hallflow.base.CustomerGrade;
import com.hallflow.flowexecution.SessionRecord;
import com.hallflow.flowexecution.SessionStatus;
import com.hallflow.flowexecution.SessionSummary;
import com.hallflow.organization.BranchSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

/**
 * The receipt of an ended session: number, branch, clerk, what was done, amounts,
 * signatures, with Print (the theme's print CSS hides the menu and buttons on paper) and
 * Next customer. The receipt view shows it for a URL; the guided screen shows it in place
 * when the last step is done, so finishing a session costs no navigation.
 */
final class ReceiptSheet extends VerticalLayout {

	private static final String A4 = "a4";

	private static final String ROLL = "roll";

	/**
	 * @param atTheCounter whether the reader serves customers (a clerk or manager), so
	 * Next customer leads somewhere
	 */
	ReceiptSheet(SessionRecord record, BranchSummary branch, boolean atTheCounter) {
		addClassName("receipt");
		SessionSummary s = record.summary();
		Div sheet = new Div();
		sheet.setId("receipt");
		sheet.addClassName("receipt-sheet");
		H2 title = new H2(
				getTranslation(s.practice() ? "flowexecution.receipt.practiceTitle" : "flowexecution.receipt.title"));
		sheet.add(title);
		if (s.practice()) {
			sheet.add(PracticeBadge.create());
		}
		Span number = new Span(
				s.receiptNo() == null ? getTranslation("flowexecution.receipt.noNumber") : s.receiptNo());
		number.setId("receipt-number");
		number.addClassName("receipt-number");
		sheet.add(line("flowexecution.receipt.number", number));
		sheet.add(line("flowexecution.receipt.branch",
				new Span(branch.name() + (branch.address() == null ? "" : " · " + branch.address()))));
		sheet.add(line("flowexecution.receipt.business", new Span(s.flowName())));
		Span outcome = new Span(getTranslation(s.status() == SessionStatus.ABANDONED ? "flowexecution.outcome.ABANDONED"
				: "flowexecution.outcome." + s.outcome()));
		outcome.setId("receipt-outcome");
		sheet.add(line("flowexecution.receipt.outcome", outcome));
		// the customer takes the receipt home: the name masked like the number (张**)
		if (s.customerNameMasked() != null || s.mobileMasked() != null) {
			Span customer = new Span(((s.customerNameMasked() == null ? "" : s.customerNameMasked() + " ")
					+ (s.mobileMasked() == null ? "" : s.mobileMasked()))
				.trim());
			customer.setId("receipt-customer");
			sheet.add(line("flowexecution.receipt.customer", customer));
		}
		if (record.customerGrade() != null) {
			sheet.add(line("flowexecution.start.grade",
					new Span(getTranslation(CustomerGrade.valueOf(record.customerGrade()).messageKey()))));
		}
		sheet.add(line("flowexecution.receipt.clerk", new Span(s.clerkDisplayName())));
		sheet.add(line("flowexecution.receipt.time",
				new Span(Dates.format(s.startedAt(), getLocale()) + " – " + Dates.format(s.endedAt(), getLocale()))));
		if (record.takesEffectOn() != null) {
			Span effective = new Span(Dates.day(record.takesEffectOn(), getLocale()));
			effective.setId("receipt-takes-effect");
			sheet.add(line("flowexecution.receipt.takesEffect", effective));
		}
		if (record.abandonReason() != null) {
			sheet.add(line("flowexecution.abandon.reason", new Span(record.abandonReason())));
		}
		sheet.add(new SessionRecordPanel(record, false));
		// the last line on paper names the receipt, so a page that is kept alone still
		// says
		// which one it belongs to
		Div footer = new Div(new Span(getTranslation("flowexecution.receipt.footer",
				s.receiptNo() == null ? getTranslation("flowexecution.receipt.noNumber") : s.receiptNo())));
		footer.setId("receipt-footer");
		footer.addClassName("receipt-footer");
		sheet.add(footer);
		Button print = new Button(getTranslation("flowexecution.receipt.print"), VaadinIcon.PRINT.create(),
				e -> getElement().executeJs("window.print()"));
		print.setId("receipt-print");
		print.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
		HorizontalLayout actions = new HorizontalLayout(paper(), print);
		if (atTheCounter) {
			Button counter = new Button(getTranslation("flowexecution.receipt.nextCustomer"),
					e -> getUI().ifPresent(ui -> ui.navigate(CounterView.class)));
			counter.setId("receipt-next-customer");
			counter.addThemeVariants(ButtonVariant.LUMO_LARGE);
			actions.add(counter);
		}
		actions.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
		actions.addClassName("no-print");
		// the screen's own heading; on paper the sheet's title says it
		H2 heading = new H2(getTranslation("flowexecution.receipt.heading", title.getText(),
				s.receiptNo() == null ? "" : s.receiptNo())
			.trim());
		heading.setId("receipt-heading");
		heading.addClassName("no-print");
		heading.getStyle().setMargin("0");
		// above the sheet: Print is in view however long the receipt is
		add(heading, actions, sheet);
	}

	/**
	 * The paper the receipt is printed on: A4 (the default) or an 80 mm thermal roll,
	 * each with its own print layout and page size; the choice is kept for the browser.
	 */
	private RadioButtonGroup<String> paper() {
		RadioButtonGroup<String> paper = new RadioButtonGroup<>(getTranslation("flowexecution.receipt.paper"));
		paper.setId("receipt-paper");
		paper.addClassName("paper-choice");
		paper.setItems(A4, ROLL);
		paper.setItemLabelGenerator(p -> getTranslation(
				ROLL.equals(p) ? "flowexecution.receipt.paper.roll" : "flowexecution.receipt.paper.a4"));
		paper.addValueChangeListener(e -> getElement().executeJs(
				"""
						const roll = $0 === 'roll';
						document.body.classList.toggle('paper-roll', roll);
						let page = document.getElementById('hallflow-page-size');
						if (!page) { page = document.createElement('style'); page.id = 'hallflow-page-size'; document.head.appendChild(page); }
						page.textContent = roll ? '@page { size: 80mm 297mm; margin: 4mm; }' : '@page { size: A4; margin: 15mm; }';
						try { localStorage.setItem('hallflow.paper', $0); } catch (e) { }""",
				e.getValue()));
		paper.setValue(A4);
		// the paper chosen last on this computer is chosen again
		paper.getElement()
			.executeJs("try { return localStorage.getItem('hallflow.paper') || ''; } catch (e) { return ''; }")
			.then(String.class, kept -> {
				if (ROLL.equals(kept)) {
					paper.setValue(ROLL);
				}
			});
		return paper;
	}

	private Div line(String labelKey, Span value) {
		Span label = new Span(getTranslation(labelKey));
		label.addClassName("receipt-label");
		Div row = new Div(label, value);
		row.addClassName("receipt-line");
		return row;
	}

}
