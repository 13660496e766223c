package com.hallflow.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.hallflow.base.TranslationProvider;
import com.hallflow.security.UserSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Locale;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Browserless UI tests: the real Spring context on H2 with real services, Vaadin faked by
 * Karibu. Sign a user in with {@link #signIn}, then navigate.
 */
@H2Test
public abstract class KaribuTest {

	private static final Routes ROUTES = new Routes().autoDiscoverViews("com.hallflow");

	@Autowired
	protected ApplicationContext context;

	@Autowired
	protected Fixtures fixtures;

	@BeforeEach
	void setUpVaadin() {
		Function0<UI> uiFactory = UI::new;
		MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
		UI.getCurrent().setLocale(TranslationProvider.CHINESE);
	}

	@AfterEach
	void tearDownVaadin() {
		signOut();
		MockVaadin.tearDown();
	}

	/**
	 * Signs the user in on the Spring side and on the faked request that Vaadin's access
	 * checks read.
	 */
	protected void signIn(UserSummary user) {
		Fixtures.signIn(user);
		FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
		request.setUserPrincipalInt(SecurityContextHolder.getContext().getAuthentication());
		request.setUserInRole((principal, role) -> user.role().roleName().equals(role));
	}

	protected void signOut() {
		Fixtures.signOut();
		if (VaadinServletRequest.getCurrent() != null) {
			FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
			request.setUserPrincipalInt(null);
			request.setUserInRole((principal, role) -> false);
		}
	}

	protected static String zh(String key, Object... params) {
		return new TranslationProvider().getTranslation(key, Locale.SIMPLIFIED_CHINESE, params);
	}

	protected static String en(String key, Object... params) {
		return new TranslationProvider().getTranslation(key, TranslationProvider.ENGLISH, params);
	}

}
