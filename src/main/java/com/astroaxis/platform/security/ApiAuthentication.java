package com.astroaxis.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * How API callers prove who they are. The identity module provides the one implementation (signed bearer tokens);
 * the platform's security chain applies it.
 */
public interface ApiAuthentication {

    void configure(HttpSecurity http) throws Exception;
}
