package com.hallflow.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Region admins only ({@link AppRoles#REGION_ADMIN}; the service limits them to their own
 * region): changing a region's variants. Head office reads them but does not write them.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasRole('" + AppRoles.REGION_ADMIN + "')")
public @interface RegionOnly {

}
