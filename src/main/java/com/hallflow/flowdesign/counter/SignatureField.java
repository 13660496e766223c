package com.hallflow.flowdesign.counter;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * One party's signature pad (frontend/components/signature-field.ts over the
 * signature_pad library). Holds the drawing the browser last reported, as a Base64 PNG.
 */
@Tag("hf-signature-field")
@NpmPackage(value = "signature_pad", version = "5.1.4")
@JsModule("./components/signature-field.ts")
public class SignatureField extends Component {

	private final String party;

	private String png = "";

	public SignatureField(String party) {
		this.party = party;
		getElement().setProperty("party", party);
		getElement().addEventListener("signature-change", e -> png = e.getEventData().getString("event.detail.png"))
			.addEventData("event.detail.png");
		addAttachListener(e -> {
			getElement().setProperty("clearLabel", getTranslation("flowdesign.screen.signature.clear"));
			getElement().setProperty("hint", getTranslation("flowdesign.screen.signature.hint"));
		});
	}

	public String party() {
		return party;
	}

	/** The drawing as a Base64 PNG, or empty when nothing is drawn. */
	public String png() {
		return png == null ? "" : png;
	}

	public boolean isSigned() {
		return !png().isEmpty();
	}

	public void setEnabled(boolean enabled) {
		getElement().setProperty("disabled", !enabled);
	}

	/**
	 * As the browser would report a finished drawing; for tests that run without a
	 * browser.
	 */
	public void drawn(String base64Png) {
		this.png = base64Png == null ? "" : base64Png;
	}

}
