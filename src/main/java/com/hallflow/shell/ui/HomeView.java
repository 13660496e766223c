package com.hallflow.shell.ui;

import com.hallflow.security.AppUser;
import com.hallflow.security.BranchRef;
import com.hallflow.security.CurrentUser;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * Where everyone lands after signing in: who they are, where they work, what they may do.
 */
@Route("")
@PermitAll
@Menu(order = 0, title = "shell.home.title", icon = "HOME")
public class HomeView extends VerticalLayout implements HasDynamicTitle {

	HomeView(CurrentUser currentUser) {
		AppUser me = currentUser.require();
		H2 greeting = new H2(getTranslation("shell.home.greeting", me.displayName()));
		greeting.setId("home-greeting");
		String place = me.branchRef()
			.map(b -> getTranslation("shell.home.branch", b.name(), b.code()))
			.orElse(getTranslation("shell.home.headOffice"));
		Paragraph where = new Paragraph(place);
		where.setId("home-branch");
		Paragraph role = new Paragraph(getTranslation("shell.home.role", getTranslation(me.role().messageKey())));
		add(greeting, where, role, new Paragraph(getTranslation("shell.home.hint." + me.role().name())));
		me.branchRef()
			.filter(b -> !b.open())
			.map(BranchRef::name)
			.ifPresent(name -> add(new Paragraph(getTranslation("shell.home.branchClosed", name))));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("shell.home.title") + " | " + getTranslation("app.name");
	}

}
