package com.hallflow.promotion.ui;

import com.hallflow.base.BusinessException;
import com.hallflow.base.ClockConfiguration;
import com.hallflow.base.CustomerGrade;
import com.hallflow.base.ui.Dates;
import com.hallflow.base.ui.Filters;
import com.hallflow.base.ui.FormErrors;
import com.hallflow.base.ui.Notifications;
import com.hallflow.promotion.PackageCategory;
import com.hallflow.promotion.PackageCommand;
import com.hallflow.promotion.PackageService;
import com.hallflow.promotion.PackageStatus;
import com.hallflow.promotion.Placement;
import com.hallflow.promotion.PlacementOption;
import com.hallflow.promotion.VasPackage;
import com.hallflow.security.AppRoles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue of value-added packages (HQ): code, name, category, monthly price, pitch
 * script, where it may be offered, for which customer grades, from when to when, and its
 * status.
 */
@Route("promotions/packages")
@RolesAllowed(AppRoles.HQ_ADMIN)
@Menu(order = 65, title = "promotion.packages.title", icon = "GIFT")
public class PackagesView extends VerticalLayout implements HasDynamicTitle {

	final Grid<VasPackage> grid = new Grid<>(VasPackage.class, false);

	final Select<PackageStatus> status = new Select<>();

	final Button create = new Button();

	private final PackageService packages;

	private final Clock clock;

	PackageDialog dialog;

	PackagesView(PackageService packages, Clock clock) {
		this.packages = packages;
		this.clock = clock;
		setSizeFull();
		create.setId("package-create");
		create.setText(getTranslation("promotion.packages.create"));
		create.setIcon(VaadinIcon.PLUS.create());
		create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		create.addClickListener(e -> edit(null));
		status.setId("package-status-filter");
		status.setLabel(getTranslation("promotion.package.status"));
		status.setItems(PackageStatus.values());
		Filters.all(status, getTranslation("promotion.package.allStatuses"), s -> getTranslation(s.messageKey()));
		status.addValueChangeListener(e -> refresh());
		grid.setId("package-grid");
		// the name takes the room the other columns leave; they take the width they need
		grid.addColumn(VasPackage::code)
			.setHeader(getTranslation("promotion.package.code"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(VasPackage::name)
			.setHeader(getTranslation("promotion.package.name"))
			.setAutoWidth(true)
			.setFlexGrow(1)
			.setTooltipGenerator(VasPackage::name);
		grid.addColumn(p -> getTranslation(p.category().messageKey()))
			.setHeader(getTranslation("promotion.package.category"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(p -> getTranslation("promotion.counter.price", p.monthlyPrice().toPlainString()))
			.setHeader(getTranslation("promotion.package.price"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(p -> Periods.text(this, p.validFrom().toString(),
				p.validUntil() == null ? null : p.validUntil().toString()))
			.setKey("validity")
			.setHeader(getTranslation("promotion.package.validity"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(p -> p.placements().size())
			.setHeader(getTranslation("promotion.package.placements"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addComponentColumn(p -> {
			Span badge = new Span(getTranslation(p.status().messageKey()));
			badge.getElement()
				.getThemeList()
				.add("badge" + (p.status() == PackageStatus.ACTIVE ? " success"
						: p.status() == PackageStatus.RETIRED ? " contrast" : ""));
			return badge;
		}).setHeader(getTranslation("promotion.package.status")).setAutoWidth(true).setFlexGrow(0);
		grid.addItemClickListener(e -> edit(e.getItem()));
		add(new H2(getTranslation("promotion.packages.title")), Filters.bar(create, status), grid);
		expand(grid);
		refresh();
	}

	private void refresh() {
		grid.setItems(packages.all()
			.stream()
			.filter(p -> status.getValue() == null || p.status() == status.getValue())
			.toList());
	}

	void edit(VasPackage pack) {
		dialog = new PackageDialog(pack, packages.placementOptions());
		dialog.open();
	}

	/**
	 * Creates or edits one package; refusals show at their fields, a stale edit offers to
	 * reload.
	 */
	class PackageDialog extends Dialog {

		final TextField code = new TextField(getTranslation("promotion.package.code"));

		final TextField name = new TextField(getTranslation("promotion.package.name"));

		final Select<PackageCategory> category = new Select<>();

		final BigDecimalField price = new BigDecimalField(getTranslation("promotion.package.price"));

		final TextArea description = new TextArea(getTranslation("promotion.package.description"));

		final TextArea pitch = new TextArea(getTranslation("promotion.package.pitch"));

		final CheckboxGroup<CustomerGrade> grades = new CheckboxGroup<>(getTranslation("promotion.package.grades"));

		final MultiSelectComboBox<PlacementOption> placements = new MultiSelectComboBox<>(
				getTranslation("promotion.package.placements"));

		final DatePicker validFrom = new DatePicker(getTranslation("promotion.package.validFrom"));

		final DatePicker validUntil = new DatePicker(getTranslation("promotion.package.validUntil"));

		final Select<PackageStatus> packageStatus = new Select<>();

		final Button save = new Button(getTranslation("base.action.save"));

		PackageDialog(VasPackage pack, List<PlacementOption> options) {
			setId("package-dialog");
			setHeaderTitle(getTranslation(pack == null ? "promotion.packages.create" : "promotion.packages.edit"));
			setWidth("48rem");
			code.setId("package-code");
			code.setMaxLength(PackageCommand.CODE_MOST);
			name.setMaxLength(PackageCommand.NAME_MOST);
			description.setMaxLength(PackageCommand.DESCRIPTION_MOST);
			pitch.setMaxLength(PackageCommand.PITCH_MOST);
			code.setReadOnly(pack != null);
			code.setHelperText(getTranslation("promotion.package.codeHelp"));
			name.setId("package-name");
			category.setId("package-category");
			category.setLabel(getTranslation("promotion.package.category"));
			category.setItems(PackageCategory.values());
			category.setItemLabelGenerator(c -> c == null ? "" : getTranslation(c.messageKey()));
			price.setId("package-price");
			price.setPrefixComponent(new Span("¥"));
			price.setHelperText(getTranslation("promotion.package.priceHelp"));
			description.setId("package-description");
			pitch.setId("package-pitch");
			pitch.setHelperText(getTranslation("flowdesign.editor.step.scriptHelp"));
			grades.setId("package-grades");
			grades.setItems(CustomerGrade.values());
			grades.setItemLabelGenerator(g -> getTranslation(g.messageKey()));
			grades.setHelperText(getTranslation("promotion.package.gradesHelp"));
			placements.setId("package-placements");
			placements.setItems(options);
			placements.setItemLabelGenerator(PlacementOption::label);
			placements.setWidthFull();
			validFrom.setId("package-valid-from");
			validUntil.setId("package-valid-until");
			Dates.picker(validFrom, getLocale());
			Dates.picker(validUntil, getLocale());
			validUntil.setHelperText(getTranslation("promotion.package.validUntilHelp"));
			packageStatus.setId("package-status");
			packageStatus.setLabel(getTranslation("promotion.package.status"));
			packageStatus.setItems(PackageStatus.values());
			packageStatus.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.messageKey()));
			if (pack == null) {
				category.setValue(PackageCategory.DATA_ADDON);
				packageStatus.setValue(PackageStatus.DRAFT);
				validFrom.setValue(LocalDate.ofInstant(clock.instant(), ClockConfiguration.BUSINESS_ZONE));
			}
			else {
				code.setValue(pack.code());
				name.setValue(pack.name());
				category.setValue(pack.category());
				price.setValue(pack.monthlyPrice());
				description.setValue(pack.description() == null ? "" : pack.description());
				pitch.setValue(pack.pitchScript());
				grades.setValue(pack.grades());
				Map<Placement, PlacementOption> byPlacement = options.stream()
					.collect(Collectors.toMap(PlacementOption::placement, Function.identity()));
				placements.setValue(pack.placements()
					.stream()
					.map(byPlacement::get)
					.filter(Objects::nonNull)
					.collect(Collectors.toSet()));
				validFrom.setValue(pack.validFrom());
				validUntil.setValue(pack.validUntil());
				packageStatus.setValue(pack.status());
			}
			FormErrors errors = new FormErrors().bind("code", code)
				.bind("name", name)
				.bind("category", category)
				.bind("monthlyPrice", price)
				.bind("description", description)
				.bind("pitchScript", pitch)
				.bind("grades", grades)
				.bind("placements", placements)
				.bind("validFrom", validFrom)
				.bind("validUntil", validUntil)
				.bind("status", packageStatus);
			FormLayout form = new FormLayout(code, name, category, price, validFrom, validUntil, packageStatus, grades,
					placements, pitch, description);
			form.setColspan(placements, 2);
			form.setColspan(pitch, 2);
			form.setColspan(description, 2);
			form.setColspan(grades, 2);
			add(form);
			save.setId("package-save");
			save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			save.addClickListener(e -> {
				try {
					Set<CustomerGrade> chosen = new HashSet<>(grades.getValue());
					packages.save(new PackageCommand(pack == null ? null : pack.id(),
							pack == null ? null : pack.lockVersion(), code.getValue(), name.getValue(),
							category.getValue(), price.getValue(), description.getValue(), pitch.getValue(), chosen,
							placements.getValue().stream().map(PlacementOption::placement).toList(),
							validFrom.getValue(), validUntil.getValue(), packageStatus.getValue()));
					Notifications.success(getTranslation("promotion.packages.saved"));
					close();
					refresh();
				}
				catch (BusinessException ex) {
					errors.show(ex, () -> {
						close();
						refresh();
					});
				}
			});
			getFooter().add(new Button(getTranslation("base.action.cancel"), e -> close()), save);
		}

	}

	@Override
	public String getPageTitle() {
		return getTranslation("promotion.packages.title") + " | " + getTranslation("app.name");
	}

}
