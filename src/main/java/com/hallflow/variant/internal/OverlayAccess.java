package com.hallflow.variant.internal;

import com.hallflow.organization.RegionTree;
import com.hallflow.security.AppRoles;
import com.hallflow.security.CurrentUser;
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

	private final CurrentUser currentUser;

	OverlayAccess(CurrentUser currentUser) {
		this.currentUser = currentUser;
	}

	/** The signed-in region admin's region; empty for anyone else. */
	public Optional<Long> ownRegion() {
		return currentUser.regionId();
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
