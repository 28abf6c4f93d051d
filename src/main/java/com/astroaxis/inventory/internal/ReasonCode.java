package com.astroaxis.inventory.internal;

/** Why a level was adjusted by hand, and which way each reason may move it. */
public enum ReasonCode {
    FOUND(1), DAMAGED(-1), EXPIRED(-1), THEFT(-1), CORRECTION(0), OTHER(0);

    private final int sign;

    ReasonCode(int sign) {
        this.sign = sign;
    }

    /** +1: adds only, −1: removes only, 0: either way. */
    int sign() {
        return sign;
    }

    boolean needsNote() {
        return this == OTHER;
    }
}
