package com.hallflow.flowexecution.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.hallflow.flowdesign.counter.SignatureField;
import com.hallflow.flowexecution.RunningSession;
import com.hallflow.flowexecution.ServiceSessionService;
import com.hallflow.flowexecution.SessionRecordService;
import com.hallflow.flowexecution.SignatureCapture;
import com.hallflow.flowexecution.StepSubmission;
import com.hallflow.organization.BranchService;
import com.hallflow.promotion.OfferAnswer;
import com.hallflow.promotion.OfferService;
import com.hallflow.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/** Lets the benchmarks build and drive guided screens as the router and a clerk would. */
public final class GuidedRunViewAccess {

	private GuidedRunViewAccess() {
	}

	/**
	 * A guided screen showing this session, built with the application's own services.
	 */
	public static Component open(ApplicationContext context, String sessionId) {
		GuidedRunView view = new GuidedRunView(context.getBean(ServiceSessionService.class),
				context.getBean(SessionRecordService.class), context.getBean(BranchService.class),
				context.getBean(CurrentUser.class), context.getBean(OfferService.class), context.getBean(Clock.class));
		view.show(sessionId);
		return view;
	}

	/**
	 * Opens the session's URL in the current (Karibu) UI, as the router does, and returns
	 * its screen.
	 */
	public static Component navigate(String sessionId) {
		UI.getCurrent().navigate(GuidedRunView.class, GuidedRunView.params(sessionId));
		return _get(GuidedRunView.class);
	}

	/** Whether the screen now shows the receipt, i.e. the last step was done. */
	public static boolean showsReceipt(Component view) {
		return ((GuidedRunView) view).showsReceipt();
	}

	public static RunningSession session(Component view) {
		return ((GuidedRunView) view).session();
	}

	/**
	 * Fills the screen as the clerk would (values, ticks, signatures on the pad) and
	 * presses Next.
	 */
	public static void next(Component component, StepSubmission filled) {
		GuidedRunView view = (GuidedRunView) component;
		view.screen.fill(filled.values());
		filled.checked().forEach(i -> view.screen.checklistBoxes().get(i).setValue(true));
		for (SignatureCapture signature : filled.signatures()) {
			view.screen.pads()
				.get(signature.inputKey())
				.stream()
				.filter(p -> p.party().equals(signature.party()))
				.forEach(p -> p.drawn(signature.pngBase64()));
		}
		for (OfferAnswer answer : filled.offers()) {
			OfferPanel.Row row = view.offerPanel.rows().get(answer.packageId());
			row.outcome().setValue(answer.outcome());
			row.reason().setValue(answer.declineReason());
		}
		view.next.click();
	}

	/** The pads on screen, for checks that they render. */
	public static Map<String, List<SignatureField>> pads(Component view) {
		return ((GuidedRunView) view).screen.pads();
	}

}
