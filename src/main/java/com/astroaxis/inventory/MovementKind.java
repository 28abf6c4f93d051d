package com.astroaxis.inventory;

/** Why stock moved. The sign of a movement's quantity says whether it came in (+) or went out (−). */
public enum MovementKind {
    RECEIPT, SALE, RETURN, ADJUSTMENT, TRANSFER_OUT, TRANSFER_IN, COUNT_CORRECTION
}
