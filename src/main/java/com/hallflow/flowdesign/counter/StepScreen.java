package com.hallflow.flowdesign.counter;

import com.hallflow.base.ClockConfiguration;
import com.hallflow.base.MobileNumber;
import com.hallflow.base.ResidentId;
import com.hallflow.base.ui.Dates;
import com.hallflow.flowdesign.ChecklistItem;
import com.hallflow.flowdesign.InputDefinition;
import com.hallflow.flowdesign.InputType;
import com.hallflow.flowdesign.StepDefinition;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One step as the counter shows it: the script card with its placeholders filled (an
 * unknown value is a highlighted blank, never raw braces; script text is always text,
 * never HTML), the checklist, the typed inputs validated at the field, the promotion slot
 * and signature areas.
 */
public class StepScreen extends VerticalLayout {

	private final List<Checkbox> mandatoryItems = new ArrayList<>();

	private final List<Checkbox> checklistBoxes = new ArrayList<>();

	private final Map<String, Component> fields = new LinkedHashMap<>();

	private final Map<String, List<SignatureField>> pads = new LinkedHashMap<>();

	private final Map<String, Checkbox> onPaper = new LinkedHashMap<>();

	private final Map<String, Span> signatureErrors = new LinkedHashMap<>();

	private Span checklistError;

	/**
	 * The step as the designer previews it, with the promotion slot marked where the flow
	 * offers value-added packages.
	 * @param values placeholder values by name, e.g. {@code customer.name},
	 * {@code input.amount}
	 */
	public StepScreen(StepDefinition step, Map<String, String> values) {
		this(step, values, true);
	}

	/**
	 * The step as the counter shows it, without a promotion slot (a clerk never sees an
	 * empty promise).
	 */
	public static StepScreen forCounter(StepDefinition step, Map<String, String> values) {
		return new StepScreen(step, values, false, null);
	}

	/**
	 * The step as the counter shows it, with the offers in effect at the promotion slot;
	 * the slot comes after the inputs, where the designer's preview marks it.
	 */
	public static StepScreen forCounter(StepDefinition step, Map<String, String> values, Component offers) {
		return new StepScreen(step, values, false, offers);
	}

	private StepScreen(StepDefinition step, Map<String, String> values, boolean markPromotionSlot) {
		this(step, values, markPromotionSlot, null);
	}

	private StepScreen(StepDefinition step, Map<String, String> values, boolean markPromotionSlot, Component offers) {
		addClassName("step-screen");
		setPadding(false);
		H3 title = new H3(Objects.requireNonNullElse(step.title(), ""));
		title.addClassName("step-title");
		add(title);
		Map<String, List<Span>> live = new LinkedHashMap<>();
		if (step.script() != null && !step.script().isBlank()) {
			Set<String> ownInputs = new TreeSet<>();
			step.inputs().forEach(i -> ownInputs.add("input." + i.key()));
			add(ScriptCard.of(step.script(), values, ownInputs, live));
		}
		if (!step.checklist().isEmpty()) {
			add(checklist(step.checklist()));
		}
		for (InputDefinition input : step.inputs()) {
			Component field = field(input);
			fields.put(input.key(), field);
			add(field);
			follow(field, input, live.getOrDefault("input." + input.key(), List.of()));
		}
		if (step.promotionSlot() && markPromotionSlot) {
			Div slot = new Div(new Text(getTranslation("flowdesign.screen.promotionSlot")));
			slot.addClassName("promotion-slot");
			add(slot);
		}
		else if (step.promotionSlot() && offers != null) {
			add(offers);
		}
	}

	/**
	 * Whether every mandatory checklist item is ticked: the counter may go on only then.
	 */
	public boolean checklistComplete() {
		return mandatoryItems.stream().allMatch(Checkbox::getValue);
	}

	public Map<String, Component> fields() {
		return fields;
	}

	/**
	 * The entered values by input key, as text: yes/no as true/false, dates ISO, money
	 * plain.
	 */
	public Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		fields.forEach((key, field) -> {
			if (field instanceof HasValue<?, ?> hasValue) {
				String text = text(hasValue.getValue());
				if (!text.isBlank()) {
					values.put(key, text);
				}
			}
		});
		return values;
	}

	/** Fills the inputs, e.g. with what the clerk entered before a reload. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public void fill(Map<String, String> values) {
		values.forEach((key, value) -> {
			Component field = fields.get(key);
			if (value == null || !(field instanceof HasValue hasValue)) {
				return;
			}
			try {
				if (field instanceof NumberField) {
					hasValue.setValue(Double.valueOf(value));
				}
				else if (field instanceof DatePicker) {
					hasValue.setValue(LocalDate.parse(value));
				}
				else {
					hasValue.setValue(value);
				}
			}
			catch (RuntimeException ignored) {
				// a value that no longer fits the field is left for the clerk to redo
			}
		});
	}

	/** Ticks these checklist items, e.g. those ticked before a reload. */
	public void tick(Set<Integer> items) {
		items.stream()
			.filter(i -> i >= 0 && i < checklistBoxes.size())
			.forEach(i -> checklistBoxes.get(i).setValue(true));
	}

	/**
	 * Runs {@code edited} whenever the clerk changes an input or ticks an item (not when
	 * the screen fills them itself).
	 */
	public void onEdit(Runnable edited) {
		fields.values().forEach(field -> {
			if (field instanceof HasValue<?, ?> hasValue) {
				hasValue.addValueChangeListener(e -> {
					if (e.isFromClient()) {
						edited.run();
					}
				});
			}
		});
		checklistBoxes.forEach(box -> box.addValueChangeListener(e -> {
			if (e.isFromClient()) {
				edited.run();
			}
		}));
	}

	/** The indexes of the ticked checklist items. */
	public Set<Integer> checked() {
		Set<Integer> checked = new TreeSet<>();
		for (int i = 0; i < checklistBoxes.size(); i++) {
			if (Boolean.TRUE.equals(checklistBoxes.get(i).getValue())) {
				checked.add(i);
			}
		}
		return checked;
	}

	public List<Checkbox> checklistBoxes() {
		return checklistBoxes;
	}

	/** Every signature given on this step: drawn on a pad, or all parties on paper. */
	public List<Signed> signatures() {
		List<Signed> signed = new ArrayList<>();
		pads.forEach((key, list) -> {
			boolean paper = Boolean.TRUE.equals(onPaper.get(key).getValue());
			for (SignatureField pad : list) {
				if (paper) {
					signed.add(new Signed(key, pad.party(), true, null));
				}
				else if (pad.isSigned()) {
					signed.add(new Signed(key, pad.party(), false, pad.png()));
				}
			}
		});
		return signed;
	}

	public Map<String, List<SignatureField>> pads() {
		return pads;
	}

	public Map<String, Checkbox> signedOnPaper() {
		return onPaper;
	}

	/**
	 * Shows translated problems next to their inputs; field names as the run engine gives
	 * them.
	 */
	public void showErrors(Map<String, String> messages) {
		fields.forEach((key, field) -> {
			if (field instanceof HasValidation validation) {
				String message = messages.get(key);
				validation.setInvalid(message != null);
				validation.setErrorMessage(message);
			}
		});
		signatureErrors.forEach((key, span) -> {
			String message = messages.get(key);
			span.setText(message == null ? "" : message);
			span.setVisible(message != null);
		});
		String checklistMessage = null;
		for (int i = 0; i < checklistBoxes.size(); i++) {
			String message = messages.get("checklist:" + i);
			checklistBoxes.get(i).getElement().getClassList().set("missing", message != null);
			if (message != null) {
				checklistMessage = message;
			}
		}
		if (checklistError != null) {
			checklistError.setText(checklistMessage == null ? "" : checklistMessage);
			checklistError.setVisible(checklistMessage != null);
		}
	}

	/** The placeholders of an input on this step follow what the clerk enters in it. */
	private void follow(Component field, InputDefinition input, List<Span> spans) {
		if (spans.isEmpty() || !(field instanceof HasValue<?, ?> hasValue)) {
			return;
		}
		// the field's value as it stands: a field that normalises what was typed has set
		// it
		// again before this listener hears of the first change
		// a value the field refuses is not read aloud: the blank stays until it is right
		hasValue.addValueChangeListener(e -> {
			boolean refused = field instanceof HasValidation checked && checked.isInvalid();
			String shown = refused ? "" : shown(input, text(hasValue.getValue()));
			spans.forEach(span -> ScriptCard.show(span, shown, true));
		});
	}

	/** An entered value as a script says it: 是/否 for yes/no, the rest as entered. */
	private String shown(InputDefinition input, String value) {
		if (input.type() == InputType.YES_NO && !value.isEmpty()) {
			return getTranslation("true".equals(value) ? "flowdesign.screen.yes" : "flowdesign.screen.no");
		}
		return value;
	}

	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Double d) {
			return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
		}
		if (value instanceof BigDecimal b) {
			return b.toPlainString();
		}
		return value.toString().trim();
	}

	/** One party's signature at a signature input. */
	public record Signed(String inputKey, String party, boolean onPaper, String pngBase64) {
	}

	private VerticalLayout checklist(List<ChecklistItem> items) {
		VerticalLayout list = new VerticalLayout();
		list.addClassName("checklist");
		list.setPadding(false);
		list.setSpacing(false);
		for (ChecklistItem item : items) {
			Checkbox box = new Checkbox(item.text());
			box.setId("check-" + checklistBoxes.size());
			if (item.mandatory()) {
				box.setRequiredIndicatorVisible(true);
				mandatoryItems.add(box);
			}
			checklistBoxes.add(box);
			list.add(box);
		}
		checklistError = new Span();
		checklistError.addClassName("field-error");
		checklistError.setVisible(false);
		list.add(checklistError);
		return list;
	}

	private Component field(InputDefinition input) {
		String label = Objects.requireNonNullElse(input.label(), "");
		Component field = switch (input.type() == null ? InputType.TEXT : input.type()) {
			case NUMBER -> new NumberField(label);
			case MONEY -> TypedFields.money(label, input);
			case MOBILE -> TypedFields.normalising(new TextField(label), MobileNumber::normalise,
					v -> MobileNumber.isValid(v) ? null : "flowdesign.screen.mobile.invalid");
			case RESIDENT_ID -> TypedFields.normalising(new TextField(label), ResidentId::normalise,
					v -> ResidentId.problem(v, LocalDate.now(ClockConfiguration.BUSINESS_ZONE)).orElse(null));
			case CHOICE -> {
				Select<String> select = new Select<>();
				select.setLabel(label);
				select.setItems(input.options());
				yield select;
			}
			case YES_NO -> {
				RadioButtonGroup<String> yesNo = new RadioButtonGroup<>(label);
				yesNo.setItems("true", "false");
				yesNo.setItemLabelGenerator(
						v -> getTranslation("true".equals(v) ? "flowdesign.screen.yes" : "flowdesign.screen.no"));
				yield yesNo;
			}
			case DATE -> Dates.picker(new DatePicker(label), getLocale());
			case SIGNATURE -> signature(input);
			case TEXT -> TypedFields.text(label);
		};
		if (field instanceof HasValue<?, ?> hasValue) {
			hasValue.setRequiredIndicatorVisible(input.required());
		}
		if (field instanceof HasSize sized && input.type() != InputType.YES_NO) {
			sized.setWidth("min(100%, 28rem)");
		}
		field.setId("input-" + input.key());
		return field;
	}

	private Div signature(InputDefinition input) {
		Div area = new Div();
		area.addClassName("signature-area");
		if (input.label() != null && !input.label().isBlank()) {
			Span label = new Span(input.label());
			label.addClassName("signature-label");
			area.add(label);
		}
		List<SignatureField> parties = new ArrayList<>();
		List<String> names = input.parties().isEmpty() ? List.of("") : input.parties();
		for (String party : names) {
			SignatureField pad = new SignatureField(party);
			pad.setId("signature-" + input.key() + "-" + parties.size());
			parties.add(pad);
			area.add(pad);
		}
		Checkbox paper = new Checkbox(getTranslation("flowdesign.screen.signature.onPaper"));
		paper.setId("signature-" + input.key() + "-paper");
		paper.addValueChangeListener(e -> parties.forEach(p -> p.setEnabled(!e.getValue())));
		Span error = new Span();
		error.addClassName("field-error");
		error.setVisible(false);
		area.add(paper, error);
		pads.put(input.key(), parties);
		onPaper.put(input.key(), paper);
		signatureErrors.put(input.key(), error);
		return area;
	}

}
