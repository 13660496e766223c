package com.hallflow.variant.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Pageable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.hallflow.base.BusinessException;
import com.hallflow.flowdesign.FlowJson;
import com.hallflow.organization.BranchFilter;
import com.hallflow.organization.BranchService;
import com.hallflow.organization.BranchSummary;
import com.hallflow.organization.RegionNode;
import com.hallflow.organization.RegionService;
import com.hallflow.security.HeadOfficeOrRegion;
import com.hallflow.variant.EffectiveFlows;
import com.hallflow.variant.EffectiveIndex;
import com.hallflow.variant.EffectiveRef;
import com.hallflow.variant.FlowEditions;

/** The flow a branch runs, over HTTP (docs/api.md). */
@RestController
@RequestMapping(path = "/api/flows", produces = MediaType.APPLICATION_JSON_VALUE)
@HeadOfficeOrRegion
class EffectiveApiController {

	private final EffectiveFlows effective;

	private final FlowEditions editions;

	private final BranchService branches;

	private final RegionService regions;

	private final Clock clock;

	EffectiveApiController(EffectiveFlows effective, FlowEditions editions, BranchService branches,
			RegionService regions, Clock clock) {
		this.effective = effective;
		this.editions = editions;
		this.branches = branches;
		this.regions = regions;
		this.clock = clock;
	}

	/**
	 * The effective document of the flow at the branch (by code) at {@code at} (now when
	 * absent), with the versions it is made of: 404 when the branch is unknown (or
	 * outside a region admin's region) or the flow cannot be started there then.
	 */
	@GetMapping("/{key}/effective")
	EffectiveResponse effective(@PathVariable String key, @RequestParam("branch") String branchCode,
			@RequestParam(name = "at", required = false) String at) {
		Instant instant = instant(at);
		BranchSummary branch = branch(branchCode);
		EffectiveRef ref = effective.ref(key, branch.id(), instant)
			.orElseThrow(() -> new BusinessException("variant.api.effective.notFound", key, branch.code()));
		Map<Long, RegionNode> regionsById = regions.all()
			.stream()
			.collect(Collectors.toMap(RegionNode::id, Function.identity()));
		List<OverlayPart> overlays = ref.overlayIds().stream().map(id -> {
			EffectiveIndex.OverlayRule rule = effective.overlay(id).orElseThrow();
			RegionNode region = regionsById.get(rule.regionId());
			return new OverlayPart(id, rule.number(), region.code(), region.name(), rule.publishedAt());
		}).toList();
		return new EffectiveResponse(key, new BranchPart(branch.code(), branch.name()), instant,
				new VersionPart(ref.versionId(), ref.versionNumber()), overlays,
				FlowJson.write(editions.document(ref)));
	}

	private Instant instant(String at) {
		if (at == null || at.isBlank()) {
			return clock.instant();
		}
		try {
			return Instant.parse(at);
		}
		catch (DateTimeParseException e) {
			throw new BusinessException("variant.api.effective.invalidInstant", at);
		}
	}

	private BranchSummary branch(String code) {
		return branches.list(new BranchFilter(code, null, null), Pageable.ofSize(50))
			.stream()
			.filter(b -> b.code().equalsIgnoreCase(code))
			.findFirst()
			.orElseThrow(() -> new BusinessException("organization.branch.notFound"));
	}

	/**
	 * @param document the effective flow document in the flow format
	 * (docs/flow-format.md)
	 */
	record EffectiveResponse(String flow, BranchPart branch, Instant at, VersionPart version,
			List<OverlayPart> overlays, @JsonRawValue String document) {
	}

	record BranchPart(String code, String name) {
	}

	record VersionPart(long id, int number) {
	}

	record OverlayPart(long id, int number, String regionCode, String regionName, Instant publishedAt) {
	}

}
