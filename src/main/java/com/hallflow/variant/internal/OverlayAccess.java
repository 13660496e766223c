package com.hallflow.variant.internal;

import com.hallflow.organization.RegionTree;
import com.hallflow.security.AppRoles;
import java.util.Optional;
import com.hallflow.base.BusinessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Whose overlays the caller may read and change (docs/architecture.md §14): head office
 * reads every region's; a region admin reads and changes its own region's and, for a
 * province's admin, those of the cities in the province; a city's admin also reads its
 * province's (its branches run it under the city's). Everyone else is refused by the
 * services' annotations before this is asked.
 */
@Component
public class OverlayAccess {

	/**
	 * Until the region admin's account carries its region, the region a signed-in region
	 * admin is bound to travels with the sign-in as this detail; nothing in production
	 * binds one yet, so no region admin may reach any region's overlay.
	 */
	public record Binding(long regionId) {
	}

	/**
	 * The region the signed-in region admin is bound to; empty for anyone else. The one
	 * place to point at the account's region once it has one.
	 */
	public Optional<Long> ownRegion() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !has(auth, AppRoles.REGION_ADMIN)) {
			return Optional.empty();
		}
		return auth.getDetails() instanceof Binding binding ? Optional.of(binding.regionId()) : Optional.empty();
	}

	public boolean headOffice() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && has(auth, AppRoles.HQ_ADMIN);
	}

	/**
	 * Refuses unless the caller may change the overlays of {@code regionId}: as another
	 * branch's session is refused to a branch's staff, after the services' role check.
	 */
	public void requireEdit(long regionId, RegionTree tree) {
		Optional<Long> own = ownRegion();
		if (own.isEmpty() || !tree.contains(regionId) || !tree.within(regionId, own.get())) {
			throw new BusinessException("variant.region.notYours");
		}
	}

	/** Refuses unless the caller may read the overlays of {@code regionId}. */
	public void requireRead(long regionId, RegionTree tree) {
		if (headOffice()) {
			return;
		}
		Optional<Long> own = ownRegion();
		if (own.isEmpty() || !tree.contains(regionId)
				|| !(tree.within(regionId, own.get()) || tree.within(own.get(), regionId))) {
			throw new BusinessException("variant.region.notYours");
		}
	}

	private static boolean has(Authentication auth, String role) {
		return auth.getAuthorities().stream().anyMatch(a -> ("ROLE_" + role).equals(a.getAuthority()));
	}

}
