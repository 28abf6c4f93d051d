package com.astroaxis.branches;

/** What a branch does when a sale or transfer would take stock below zero. */
public enum OversellPolicy {
    /** Refuse the sale or movement. */
    BLOCK,
    /** Allow it, leave a negative level, and flag it for a stock check. */
    ALLOW_AND_FLAG
}
