package com.astroaxis.inventory.internal;

import java.util.List;
import java.util.Map;

import com.astroaxis.platform.web.ProblemException;

import org.springframework.http.HttpStatus;

/** The problems the inventory module answers with. */
public final class Refusals {

    private Refusals() {
    }

    /** A 400 naming the field, in the shape every module uses: {@code errors:[{field,message}]}. */
    public static ProblemException invalid(String field, String message) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "validation-failed", "Invalid request",
                "Some fields are not acceptable: " + field + ".")
                .with("errors", List.of(Map.of("field", field, "message", message)));
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(HttpStatus.NOT_FOUND, what.replace(' ', '-') + "-not-found",
                capitalised(what) + " not found", "There is no " + what + " " + id + " (or it is not yours to see).");
    }

    public static ProblemException conflict(String type, String title, String detail) {
        return new ProblemException(HttpStatus.CONFLICT, type, title, detail);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
