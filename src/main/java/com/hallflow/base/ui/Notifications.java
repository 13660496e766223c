package com.hallflow.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * Short, already translated messages at the top of the screen, one at a time: a new one
 * replaces the one showing, so messages never stack up, and they stay away from the
 * action buttons at the bottom.
 */
public final class Notifications {

	private Notifications() {
	}

	public static void success(String message) {
		show(message, NotificationVariant.LUMO_SUCCESS, 3000);
	}

	public static void error(String message) {
		show(message, NotificationVariant.LUMO_ERROR, 6000);
	}

	private static void show(String message, NotificationVariant variant, int millis) {
		UI ui = UI.getCurrent();
		if (ui != null) {
			Notification showing = ComponentUtil.getData(ui, Notification.class);
			if (showing != null && showing.isOpened()) {
				showing.close();
			}
		}
		Notification notification = new Notification(message, millis, Notification.Position.TOP_CENTER);
		notification.addThemeVariants(variant);
		notification.open();
		if (ui != null) {
			ComponentUtil.setData(ui, Notification.class, notification);
		}
	}

}
