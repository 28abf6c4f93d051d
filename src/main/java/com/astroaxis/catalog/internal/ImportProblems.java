package com.astroaxis.catalog.internal;

import java.util.ArrayList;
import java.util.List;

/** Every problem of an import file, counted; the first {@link ImportPlan#MAX_LISTED} are kept to be listed. */
final class ImportProblems {

    private final List<ImportPlan.Problem> listed = new ArrayList<>();
    private int count;

    void add(long line, String column, String reason) {
        count++;
        if (listed.size() < ImportPlan.MAX_LISTED) {
            listed.add(new ImportPlan.Problem(line, column, reason));
        }
    }

    int count() {
        return count;
    }

    List<ImportPlan.Problem> listed() {
        return List.copyOf(listed);
    }
}
