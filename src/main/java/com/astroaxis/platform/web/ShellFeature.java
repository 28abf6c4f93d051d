package com.astroaxis.platform.web;

/**
 * A capability the web shell may offer, announced by the module that provides it (identity announces "login"
 * once sign-in exists). The shell shows a clear "not available yet" state for anything not announced.
 */
public interface ShellFeature {

    String name();
}
