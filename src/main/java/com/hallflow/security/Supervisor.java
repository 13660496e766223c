package com.hallflow.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Who oversees the work of branches: {@link AppRoles#BRANCH_MANAGER} (the service scopes
 * them to their own branch) and {@link AppRoles#HQ_ADMIN} (every branch). Clerks are
 * refused.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('" + AppRoles.BRANCH_MANAGER + "','" + AppRoles.HQ_ADMIN + "')")
public @interface Supervisor {

}
