package com.astroaxis.branches.internal;

import java.math.BigDecimal;
import java.util.Set;

import com.astroaxis.branches.BranchKind;
import com.astroaxis.branches.OversellPolicy;

/** What callers ask of branches. In a change, a null field stays as it is. */
public final class BranchCommands {

    private BranchCommands() {
    }

    public record CreateBranch(String code, String name, BranchKind kind, String address, String phone,
                               BigDecimal latitude, BigDecimal longitude, Integer radiusMeters, String receiptHeader,
                               String receiptFooter, OversellPolicy oversell) {
    }

    /**
     * A change: a null field keeps its value; {@code clear} names the optional numbers to remove ({@code latitude},
     * {@code longitude}, {@code radiusMeters}), since null cannot say it. Text fields are cleared by a blank value.
     */
    public record UpdateBranch(String code, String name, BranchKind kind, String address, String phone,
                               BigDecimal latitude, BigDecimal longitude, Integer radiusMeters, String receiptHeader,
                               String receiptFooter, OversellPolicy oversell, Boolean active, Set<String> clear) {

        public static final Set<String> CLEARABLE = Set.of("latitude", "longitude", "radiusMeters");

        public UpdateBranch {
            clear = clear == null ? Set.of() : Set.copyOf(clear);
        }
    }
}
