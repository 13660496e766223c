package com.hallflow.flowexecution;

/**
 * One party's signature for a signature input: drawn on the pad (a PNG, Base64) or given
 * on the paper form.
 */
public record SignatureCapture(String inputKey, String party, boolean onPaper, String pngBase64) {

	public static SignatureCapture paper(String inputKey, String party) {
		return new SignatureCapture(inputKey, party, true, null);
	}

	public static SignatureCapture drawn(String inputKey, String party, String pngBase64) {
		return new SignatureCapture(inputKey, party, false, pngBase64);
	}
}
