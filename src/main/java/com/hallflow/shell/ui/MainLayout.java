package com.hallflow.shell.ui;

import com.hallflow.base.ui.LanguageSelect;
import com.hallflow.security.AppUser;
import com.hallflow.security.BranchRef;
import com.hallflow.security.CurrentUser;
import com.hallflow.security.LanguagePreference;
import com.hallflow.security.RegionRef;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The frame of every signed-in page. The menu lists only the views the user may open
 * (Vaadin filters menu entries by the views' access annotations); a view's {@code @Menu}
 * title is a translation key.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

	/** The security module's page; the shell names its route, as it may not import it. */
	static final String CHANGE_PASSWORD = "change-password";

	MainLayout(CurrentUser currentUser, LanguagePreference languages, AuthenticationContext authentication) {
		// while the database is out of reach, what the sign-in tells: the frame still
		// stands around the page that says the service is unavailable
		AppUser me = currentUser.getEvenWithoutTheDatabase()
			.orElseThrow(() -> new IllegalStateException("No signed-in user"));
		setPrimarySection(Section.DRAWER);

		Span appName = new Span(getTranslation("app.name"));
		appName.addClassName("app-name");
		addToDrawer(appName, new Scroller(menu()));

		Span who = new Span(me.displayName());
		who.setId("current-user-name");
		Span where = new Span(me.branchRef()
			.map(BranchRef::name)
			.or(() -> me.regionRef().map(RegionRef::label))
			.orElse(me.isHeadOffice() ? getTranslation("shell.headOffice") : ""));
		where.setId("current-user-branch");
		where.addClassName("branch-name");
		Span role = new Span(getTranslation(me.role().messageKey()));
		role.getElement().getThemeList().add("badge contrast");

		// their own account: a new password, or signing out, each one click away
		Button changePassword = new Button(getTranslation("security.changePassword.title"), new Icon(VaadinIcon.KEY),
				e -> getUI().ifPresent(ui -> ui.navigate(CHANGE_PASSWORD)));
		changePassword.setId("change-password-link");
		changePassword.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		Button logout = new Button(getTranslation("shell.logout"), new Icon(VaadinIcon.SIGN_OUT),
				e -> authentication.logout());
		logout.setId("logout");
		logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

		HorizontalLayout header = new HorizontalLayout(who, where, role, new LanguageSelect(languages::switchTo),
				changePassword, logout);
		header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
		header.addClassName("app-header");
		header.setWidthFull();
		header.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
		addToNavbar(new DrawerToggle(), header);
	}

	private SideNav menu() {
		SideNav nav = new SideNav();
		nav.setId("main-menu");
		for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
			SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
			if (entry.icon() != null) {
				item.setPrefixComponent(VaadinIcon.valueOf(entry.icon()).create());
			}
			nav.addItem(item);
		}
		return nav;
	}

}
