package com.hallflow.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Head office only ({@link AppRoles#HQ_ADMIN}): the network's configuration, flows and
 * catalogue.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasRole('" + AppRoles.HQ_ADMIN + "')")
public @interface HeadOffice {

}
