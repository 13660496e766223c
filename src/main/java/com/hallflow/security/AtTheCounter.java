package com.hallflow.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Who serves customers at a branch counter: {@link AppRoles#BRANCH_STAFF} and
 * {@link AppRoles#BRANCH_MANAGER}. Head office does not serve customers.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('" + AppRoles.BRANCH_STAFF + "','" + AppRoles.BRANCH_MANAGER + "')")
public @interface AtTheCounter {

}
