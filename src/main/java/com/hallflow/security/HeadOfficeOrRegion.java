package com.hallflow.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Head office ({@link AppRoles#HQ_ADMIN}) and region admins
 * ({@link AppRoles#REGION_ADMIN}): reading what head office sets for the network, such as
 * its flows. Methods that show branches scope a region admin to their region themselves.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('" + AppRoles.HQ_ADMIN + "','" + AppRoles.REGION_ADMIN + "')")
public @interface HeadOfficeOrRegion {

}
