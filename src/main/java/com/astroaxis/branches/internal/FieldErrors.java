package com.astroaxis.branches.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.astroaxis.platform.web.ProblemException;

import org.springframework.http.HttpStatus;

/** Collects every field problem of a request, then refuses it once with all of them (400, validation-failed). */
final class FieldErrors {

    private final List<Map<String, String>> errors = new ArrayList<>();

    void add(String field, String message) {
        errors.add(Map.of("field", field, "message", message));
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            var fields = errors.stream().map(e -> e.get("field")).distinct().toList();
            throw new ProblemException(HttpStatus.BAD_REQUEST, "validation-failed", "Invalid request",
                    "Some fields are not acceptable: " + String.join(", ", fields) + ".").with("errors", List.copyOf(errors));
        }
    }

    static ProblemException notFound() {
        return new ProblemException(HttpStatus.NOT_FOUND, "not-found", "Not found", "That branch does not exist.");
    }

    static ProblemException codeTaken(String code) {
        return new ProblemException(HttpStatus.CONFLICT, "branch-code-taken", "Conflict",
                "A branch with code '" + code + "' already exists.");
    }
}
