package com.hallflow.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Who reads the figures of branches: {@link AppRoles#HQ_ADMIN} (every branch),
 * {@link AppRoles#REGION_ADMIN} (the branches of their region) and
 * {@link AppRoles#BRANCH_MANAGER} (their own branch); the service scopes each. Clerks are
 * refused.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('" + AppRoles.BRANCH_MANAGER + "','" + AppRoles.HQ_ADMIN + "','" + AppRoles.REGION_ADMIN
		+ "')")
public @interface SupervisorOrRegion {

}
