package com.hallflow.organization.ui;

import com.hallflow.base.BusinessException;
import com.hallflow.base.ui.FormErrors;
import com.hallflow.base.ui.Notifications;
import com.hallflow.organization.RegionNode;
import com.hallflow.organization.RegionService;
import com.hallflow.security.AppRoles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The province → city tree. Regions are few, so the tree is loaded whole. */
@Route("regions")
@RolesAllowed(AppRoles.HQ_ADMIN)
@Menu(order = 10, title = "organization.regions.title", icon = "SITEMAP")
public class RegionsView extends VerticalLayout implements HasDynamicTitle {

	final TreeGrid<RegionNode> tree = new TreeGrid<>();

	final Button addProvince = new Button();

	final Button addCity = new Button();

	final Button rename = new Button();

	final Button delete = new Button();

	private final RegionService regions;

	RegionsView(RegionService regions) {
		this.regions = regions;
		setSizeFull();
		tree.setId("region-tree");
		tree.addHierarchyColumn(RegionNode::name).setHeader(getTranslation("organization.region.name"));
		tree.addColumn(RegionNode::code).setHeader(getTranslation("organization.region.code"));
		tree.addColumn(
				r -> getTranslation(r.isProvince() ? "organization.region.province" : "organization.region.city"))
			.setHeader(getTranslation("organization.region.level"));
		tree.addSelectionListener(e -> updateButtons());

		addProvince.setId("region-add-province");
		addProvince.setText(getTranslation("organization.regions.addProvince"));
		addProvince.setIcon(VaadinIcon.PLUS.create());
		addProvince.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		addProvince.addClickListener(e -> new RegionDialog(regions, null, this::reload).open());
		addCity.setId("region-add-city");
		addCity.setText(getTranslation("organization.regions.addCity"));
		addCity.addClickListener(e -> selected().ifPresent(p -> new RegionDialog(regions, p, this::reload).open()));
		rename.setId("region-rename");
		rename.setText(getTranslation("organization.regions.rename"));
		rename
			.addClickListener(e -> selected().ifPresent(r -> new RegionRenameDialog(regions, r, this::reload).open()));
		delete.setId("region-delete");
		delete.setText(getTranslation("base.action.delete"));
		delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
		delete.addClickListener(e -> selected().ifPresent(this::confirmDelete));

		add(new H2(getTranslation("organization.regions.title")),
				new HorizontalLayout(addProvince, addCity, rename, delete), tree);
		expand(tree);
		reload();
	}

	private Optional<RegionNode> selected() {
		return tree.getSelectedItems().stream().findFirst();
	}

	private void updateButtons() {
		RegionNode r = selected().orElse(null);
		addCity.setEnabled(r != null && r.isProvince());
		rename.setEnabled(r != null);
		delete.setEnabled(r != null);
	}

	private void confirmDelete(RegionNode region) {
		ConfirmDialog confirm = new ConfirmDialog();
		confirm.setHeader(getTranslation("organization.regions.delete.title"));
		confirm.setText(getTranslation("organization.regions.delete.text", region.name()));
		confirm.setCancelable(true);
		confirm.setCancelText(getTranslation("base.action.cancel"));
		confirm.setConfirmText(getTranslation("base.action.delete"));
		confirm.setConfirmButtonTheme("error primary");
		confirm.addConfirmListener(e -> {
			try {
				regions.delete(region.id());
				Notifications.success(getTranslation("organization.regions.deleted", region.name()));
				reload();
			}
			catch (BusinessException ex) {
				new FormErrors().show(ex, this::reload);
			}
		});
		confirm.open();
	}

	private void reload() {
		List<RegionNode> all = regions.all();
		tree.setItems(all.stream().filter(RegionNode::isProvince).toList(),
				parent -> all.stream().filter(r -> Objects.equals(r.parentId(), parent.id())).toList());
		tree.expand(all.stream().filter(RegionNode::isProvince).toList());
		updateButtons();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("organization.regions.title") + " | " + getTranslation("app.name");
	}

}
