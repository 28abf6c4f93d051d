package com.astroaxis.branches.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

import com.astroaxis.branches.BranchView;

/** What makes a branch acceptable; every problem is reported at once, naming its field. */
final class BranchRules {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{2,10}");
    private static final BigDecimal MAX_LATITUDE = BigDecimal.valueOf(90);
    private static final BigDecimal MAX_LONGITUDE = BigDecimal.valueOf(180);
    private static final int MAX_RADIUS = 100_000;

    private BranchRules() {
    }

    /** The branch with its text tidied (trimmed, code in upper case, blanks as null), or a 400 naming every bad field. */
    static BranchView valid(BranchView branch) {
        var errors = new FieldErrors();
        var code = branch.code() == null ? "" : branch.code().strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            errors.add("code", "must be 2 to 10 upper-case letters or digits");
        }
        var name = branch.name() == null ? "" : branch.name().strip();
        if (name.isEmpty() || name.length() > 120) {
            errors.add("name", "is required, at most 120 characters");
        }
        var address = text(branch.address(), "address", 500, errors);
        var phone = text(branch.phone(), "phone", 32, errors);
        var header = text(branch.receiptHeader(), "receiptHeader", 500, errors);
        var footer = text(branch.receiptFooter(), "receiptFooter", 500, errors);
        coordinate(branch.latitude(), "latitude", MAX_LATITUDE, errors);
        coordinate(branch.longitude(), "longitude", MAX_LONGITUDE, errors);
        if ((branch.latitude() == null) != (branch.longitude() == null)) {
            errors.add(branch.latitude() == null ? "latitude" : "longitude", "latitude and longitude go together");
        }
        if (branch.radiusMeters() != null && (branch.radiusMeters() < 1 || branch.radiusMeters() > MAX_RADIUS)) {
            errors.add("radiusMeters", "must be between 1 and " + MAX_RADIUS + " metres");
        }
        errors.throwIfAny();
        return new BranchView(branch.id(), code, name, branch.kind(), address, phone, strip(branch.latitude()),
                strip(branch.longitude()), branch.radiusMeters(), header, footer, branch.oversell(), branch.active());
    }

    private static BigDecimal strip(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    private static String text(String value, String field, int max, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var stripped = value.strip();
        if (stripped.length() > max) {
            errors.add(field, "must be at most " + max + " characters");
        }
        return stripped;
    }

    private static void coordinate(BigDecimal value, String field, BigDecimal max, FieldErrors errors) {
        if (value == null) {
            return;
        }
        if (value.abs().compareTo(max) > 0) {
            errors.add(field, "must be between -" + max + " and " + max);
        } else if (value.stripTrailingZeros().scale() > 6) {
            errors.add(field, "has at most 6 decimals");
        }
    }
}
