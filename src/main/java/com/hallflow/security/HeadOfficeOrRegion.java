package com.hallflow.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Head office ({@link AppRoles#HQ_ADMIN}, everything) and region admins
 * ({@link AppRoles#REGION_ADMIN}; the service limits them to their own region): reading
 * regions' variants of head office's flows.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('" + AppRoles.HQ_ADMIN + "','" + AppRoles.REGION_ADMIN + "')")
public @interface HeadOfficeOrRegion {

}
