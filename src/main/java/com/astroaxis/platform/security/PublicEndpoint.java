package com.astroaxis.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An API endpoint anyone may call without signing in (app info, sign-in itself). Every other {@code /api/**}
 * endpoint needs a signed-in user, and a {@link RequiresPermission} permission where it declares one.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PublicEndpoint {
}
