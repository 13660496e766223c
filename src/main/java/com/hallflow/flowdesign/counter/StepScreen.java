package com.hallflow.flowdesign.counter;

import com.hallflow.base.MobileNumber;
import com.hallflow.base.ResidentId;
import com.hallflow.flowdesign.ChecklistItem;
import com.hallflow.flowdesign.InputDefinition;
import com.hallflow.flowdesign.InputType;
import com.hallflow.flowdesign.StepDefinition;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One step as the counter shows it: the script card with its placeholders filled (an unknown
 * value is a highlighted blank, never raw braces; script text is always text, never HTML), the
 * checklist, the typed inputs validated at the field, the promotion slot and signature areas.
 */
public class StepScreen extends VerticalLayout {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9_.]*)}");

    private final List<Checkbox> mandatoryItems = new ArrayList<>();
    private final Map<String, Component> fields = new LinkedHashMap<>();

    /** @param values placeholder values by name, e.g. {@code customer.name}, {@code input.amount} */
    public StepScreen(StepDefinition step, Map<String, String> values) {
        addClassName("step-screen");
        setPadding(false);
        H3 title = new H3(Objects.requireNonNullElse(step.title(), ""));
        title.addClassName("step-title");
        add(title);
        if (step.script() != null && !step.script().isBlank()) {
            add(scriptCard(step.script(), values));
        }
        if (!step.checklist().isEmpty()) {
            add(checklist(step.checklist()));
        }
        for (InputDefinition input : step.inputs()) {
            Component field = field(input);
            fields.put(input.key(), field);
            add(field);
        }
        if (step.promotionSlot()) {
            Div slot = new Div(new Text(getTranslation("flowdesign.screen.promotionSlot")));
            slot.addClassName("promotion-slot");
            add(slot);
        }
    }

    /** Whether every mandatory checklist item is ticked: the counter may go on only then. */
    public boolean checklistComplete() {
        return mandatoryItems.stream().allMatch(Checkbox::getValue);
    }

    public Map<String, Component> fields() {
        return fields;
    }

    private Div scriptCard(String script, Map<String, String> values) {
        Div card = new Div();
        card.addClassName("script-card");
        Paragraph text = new Paragraph();
        Matcher m = PLACEHOLDER.matcher(script);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                text.add(new Text(script.substring(at, m.start())));
            }
            String value = values.get(m.group(1));
            Span span = new Span(value == null || value.isBlank() ? "\u3000\u3000\u3000" : value);
            span.addClassName(value == null || value.isBlank() ? "blank" : "filled");
            span.setTitle(m.group(1));
            text.add(span);
            at = m.end();
        }
        if (at < script.length()) {
            text.add(new Text(script.substring(at)));
        }
        card.add(text);
        return card;
    }

    private VerticalLayout checklist(List<ChecklistItem> items) {
        VerticalLayout list = new VerticalLayout();
        list.addClassName("checklist");
        list.setPadding(false);
        list.setSpacing(false);
        for (ChecklistItem item : items) {
            Checkbox box = new Checkbox(item.text());
            if (item.mandatory()) {
                box.setRequiredIndicatorVisible(true);
                mandatoryItems.add(box);
            }
            list.add(box);
        }
        return list;
    }

    private Component field(InputDefinition input) {
        String label = Objects.requireNonNullElse(input.label(), "");
        Component field = switch (input.type() == null ? InputType.TEXT : input.type()) {
            case NUMBER -> new NumberField(label);
            case MONEY -> money(label);
            case MOBILE -> validated(new TextField(label), MobileNumber::isValid,
                    "flowdesign.screen.mobile.invalid", 11);
            case RESIDENT_ID -> residentId(label);
            case CHOICE -> {
                Select<String> select = new Select<>();
                select.setLabel(label);
                select.setItems(input.options());
                yield select;
            }
            case YES_NO -> {
                RadioButtonGroup<String> yesNo = new RadioButtonGroup<>(label);
                yesNo.setItems("true", "false");
                yesNo.setItemLabelGenerator(v -> getTranslation("true".equals(v) ? "flowdesign.screen.yes"
                        : "flowdesign.screen.no"));
                yield yesNo;
            }
            case DATE -> new DatePicker(label);
            case SIGNATURE -> signature(input);
            case TEXT -> new TextField(label);
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

    private BigDecimalField money(String label) {
        BigDecimalField money = new BigDecimalField(label);
        money.setPrefixComponent(new Span("¥"));
        money.addValueChangeListener(e -> {
            BigDecimal v = e.getValue();
            boolean bad = v != null && (v.signum() < 0 || v.scale() > 2);
            money.setInvalid(bad);
            money.setErrorMessage(bad ? getTranslation("flowdesign.screen.money.invalid") : null);
        });
        return money;
    }

    private TextField residentId(String label) {
        TextField id = new TextField(label);
        id.setMaxLength(18);
        id.addValueChangeListener(e -> {
            String v = e.getValue().trim();
            String error = v.isEmpty() || ResidentId.isValid(v) ? null
                    : ResidentId.hasShape(v) ? "flowdesign.screen.residentId.checkCharacter"
                    : "flowdesign.screen.residentId.format";
            id.setInvalid(error != null);
            id.setErrorMessage(error == null ? null : getTranslation(error));
        });
        return id;
    }

    private <F extends AbstractField<F, String> & HasValidation> F validated(
            F field, Predicate<String> valid, String messageKey, int maxLength) {
        if (field instanceof TextField text) {
            text.setMaxLength(maxLength);
        }
        field.addValueChangeListener(e -> {
            boolean bad = !e.getValue().isBlank() && !valid.test(e.getValue().trim());
            field.setInvalid(bad);
            field.setErrorMessage(bad ? getTranslation(messageKey) : null);
        });
        return field;
    }

    private Div signature(InputDefinition input) {
        Div area = new Div();
        area.addClassName("signature-area");
        for (String party : input.parties()) {
            Div box = new Div(new Text(getTranslation("flowdesign.screen.signatureOf", party)));
            box.addClassName("signature-box");
            area.add(box);
        }
        return area;
    }
}
