package com.hallflow.flowexecution.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import java.time.Instant;

/** Time since the session started against the flow's target, ticking in the browser. */
@Tag("hf-elapsed-time")
@JsModule("./components/elapsed-time.ts")
class ElapsedTime extends Component {

	ElapsedTime(Instant since, Instant serverNow, Integer targetMinutes, String targetLabel) {
		setId("elapsed");
		getElement().setProperty("since", since.toEpochMilli());
		getElement().setProperty("target", targetMinutes == null ? 0 : targetMinutes);
		getElement().setProperty("targetLabel", targetLabel == null ? "" : targetLabel);
		getElement().executeJs("this.skew = $0 - Date.now()", (double) serverNow.toEpochMilli());
	}

}
