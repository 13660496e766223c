package com.hallflow.variant.web;

import com.hallflow.base.BusinessException;
import com.hallflow.base.TranslationProvider;
import com.hallflow.organization.RegionNode;
import com.hallflow.organization.RegionService;
import com.hallflow.security.HeadOfficeOrRegion;
import com.hallflow.security.RegionOnly;
import com.hallflow.variant.OverlayDraft;
import com.hallflow.variant.OverlayFormatException;
import com.hallflow.variant.OverlayInvalidException;
import com.hallflow.variant.OverlayIssue;
import com.hallflow.variant.OverlayJson;
import com.hallflow.variant.OverlayService;
import com.hallflow.variant.OverlayVersionSummary;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A region's overlay of a flow over HTTP (docs/api.md): its newest published version
 * exported as the editor exports it, and a document imported into its draft. Who may read
 * or change which region's is {@link OverlayService}'s business (docs/architecture.md
 * §14): head office reads every region's and changes none.
 */
@RestController
@RequestMapping(path = "/api/flows", produces = MediaType.APPLICATION_JSON_VALUE)
@HeadOfficeOrRegion
class OverlayApiController {

	private final OverlayService overlays;

	private final RegionService regions;

	private final TranslationProvider translations;

	OverlayApiController(OverlayService overlays, RegionService regions, TranslationProvider translations) {
		this.overlays = overlays;
		this.regions = regions;
		this.translations = translations;
	}

	/**
	 * The region's newest published overlay of the flow in the overlay format, exactly as
	 * stored (docs/overlay-format.md): 404 when the region has none.
	 */
	@GetMapping("/{key}/overlays/{regionCode}")
	String export(@PathVariable String key, @PathVariable String regionCode) {
		RegionNode region = region(regionCode);
		int newest = overlays.history(key, region.id())
			.stream()
			.findFirst()
			.map(OverlayVersionSummary::number)
			.orElseThrow(() -> new BusinessException("variant.api.overlay.notFound", key, region.code()));
		return overlays.export(key, region.id(), newest);
	}

	/**
	 * Imports the document into the region's draft, replacing it; read as bytes, so a
	 * malformed UTF-8 byte refuses it. Refused whole, with every problem in the message,
	 * when it cannot be read or a change breaks head office's marks or no longer fits;
	 * nothing is stored then.
	 */
	@PutMapping(path = "/{key}/overlays/{regionCode}/draft", consumes = MediaType.ALL_VALUE)
	@RegionOnly
	DraftImported importDraft(@PathVariable String key, @PathVariable String regionCode,
			@RequestBody(required = false) byte[] body) {
		if (body == null) {
			throw new BusinessException("base.api.bodyMissing");
		}
		RegionNode region = region(regionCode);
		try {
			OverlayDraft draft = overlays.importDraft(key, region.id(), OverlayJson.text(body));
			return new DraftImported(key, region.code(), draft.overlay().baseVersion(),
					draft.overlay().changes().size());
		}
		catch (OverlayFormatException e) {
			throw new BusinessException("variant.api.overlay.malformed", e.problems().size(),
					e.problems().stream().map(p -> p.path() + ": " + p.message()).collect(Collectors.joining("; ")));
		}
		catch (OverlayInvalidException e) {
			throw new BusinessException("variant.api.overlay.refused", e.issues().size(),
					e.issues().stream().map(this::english).collect(Collectors.joining("; ")));
		}
	}

	/** An issue in English, with the number of the change it is about. */
	private String english(OverlayIssue issue) {
		String words = translations.getTranslation(issue.messageKey(), TranslationProvider.ENGLISH,
				issue.args().toArray());
		return issue.change() < 0 ? words : translations.getTranslation("variant.api.overlay.change",
				TranslationProvider.ENGLISH, Integer.toString(issue.change() + 1), words);
	}

	private RegionNode region(String code) {
		return regions.all()
			.stream()
			.filter(r -> r.code().equalsIgnoreCase(code))
			.findFirst()
			.orElseThrow(() -> new BusinessException("organization.region.notFound"));
	}

	/**
	 * @param baseVersion head office's version the draft is laid on
	 * @param changes how many changes the draft holds
	 */
	record DraftImported(String flow, String region, int baseVersion, int changes) {
	}

}
