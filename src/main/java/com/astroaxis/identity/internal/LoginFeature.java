package com.astroaxis.identity.internal;

import com.astroaxis.platform.web.ShellFeature;

import org.springframework.stereotype.Component;

/** Tells the web shell that sign-in exists. */
@Component
class LoginFeature implements ShellFeature {

    @Override
    public String name() {
        return "login";
    }
}
