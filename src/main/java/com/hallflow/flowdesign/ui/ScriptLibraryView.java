package com.hallflow.flowdesign.ui;

import com.hallflow.base.BusinessException;
import com.hallflow.base.ui.FormErrors;
import com.hallflow.base.ui.Notifications;
import com.hallflow.flowdesign.ScriptLibraryService;
import com.hallflow.flowdesign.FlowTexts;
import com.hallflow.flowdesign.ScriptSnippet;
import com.hallflow.security.AppRoles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The library of reusable clerk scripts (greeting, identity check, farewell, …). */
@Route("scripts")
@RolesAllowed(AppRoles.HQ_ADMIN)
@Menu(order = 60, title = "flowdesign.library.title", icon = "COMMENTS")
public class ScriptLibraryView extends VerticalLayout implements HasDynamicTitle {

	final Grid<ScriptSnippet> grid = new Grid<>(ScriptSnippet.class, false);

	final Button create = new Button();

	private final ScriptLibraryService library;

	ScriptLibraryView(ScriptLibraryService library) {
		this.library = library;
		setSizeFull();
		create.setId("snippet-create");
		create.setText(getTranslation("flowdesign.library.create"));
		create.setIcon(VaadinIcon.PLUS.create());
		create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		create.addClickListener(e -> edit(null));
		grid.setId("snippet-grid");
		// the script is what is read here: it takes the room the code, title and
		// tags leave and wraps onto further lines rather than end after a few words
		grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		grid.addColumn(ScriptSnippet::key)
			.setHeader(getTranslation("flowdesign.library.key"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(ScriptSnippet::title)
			.setHeader(getTranslation("flowdesign.library.titleField"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(ScriptSnippet::text)
			.setHeader(getTranslation("flowdesign.library.text"))
			.setFlexGrow(1)
			.setTooltipGenerator(ScriptSnippet::text);
		grid.addColumn(ScriptSnippet::tags)
			.setHeader(getTranslation("flowdesign.library.tags"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addItemClickListener(e -> edit(e.getItem()));
		add(new H2(getTranslation("flowdesign.library.title")), create, grid);
		expand(grid);
		refresh();
	}

	private void refresh() {
		grid.setItems(library.all());
	}

	private void edit(ScriptSnippet snippet) {
		Dialog dialog = new Dialog();
		dialog.setId("snippet-dialog");
		dialog
			.setHeaderTitle(getTranslation(snippet == null ? "flowdesign.library.create" : "flowdesign.library.edit"));
		dialog.setWidth("40rem");
		TextField key = new TextField(getTranslation("flowdesign.library.key"));
		key.setValue(snippet == null ? "" : snippet.key());
		key.setReadOnly(snippet != null);
		key.setMaxLength(ScriptSnippet.KEY_MOST);
		TextField title = new TextField(getTranslation("flowdesign.library.titleField"));
		title.setValue(snippet == null ? "" : snippet.title());
		title.setMaxLength(ScriptSnippet.TITLE_MOST);
		TextArea text = new TextArea(getTranslation("flowdesign.library.text"));
		text.setValue(snippet == null ? "" : snippet.text());
		text.setWidthFull();
		text.setMaxLength(FlowTexts.SCRIPT_MOST);
		text.setHelperText(getTranslation("flowdesign.editor.step.scriptHelp"));
		TextField tags = new TextField(getTranslation("flowdesign.library.tags"));
		tags.setValue(snippet == null || snippet.tags() == null ? "" : snippet.tags());
		tags.setMaxLength(ScriptSnippet.TAGS_MOST);
		FormErrors errors = new FormErrors().bind("key", key)
			.bind("title", title)
			.bind("text", text)
			.bind("tags", tags);
		VerticalLayout body = new VerticalLayout(key, title, text, tags);
		if (snippet != null) {
			List<String> drafts = library.draftsUsing(snippet.key());
			body.add(new Paragraph(drafts.isEmpty() ? getTranslation("flowdesign.library.usedByNone")
					: getTranslation("flowdesign.library.usedBy", String.join("、", drafts))));
		}
		dialog.add(body);
		Button save = new Button(getTranslation("base.action.save"), e -> {
			try {
				library.save(key.getValue().trim(), snippet == null ? null : snippet.lockVersion(), title.getValue(),
						text.getValue(), tags.getValue());
				Notifications.success(getTranslation("flowdesign.library.saved"));
				dialog.close();
				refresh();
			}
			catch (BusinessException ex) {
				errors.show(ex, () -> {
					dialog.close();
					refresh();
				});
			}
		});
		save.setId("snippet-save");
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		dialog.getFooter().add(new Button(getTranslation("base.action.cancel"), e -> dialog.close()), save);
		dialog.open();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("flowdesign.library.title") + " | " + getTranslation("app.name");
	}

}
