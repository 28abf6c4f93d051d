package com.astroaxis.audit;

import java.util.List;

/** One page of audit entries, newest first, and how many match in all. */
public record AuditPage(List<AuditEntryView> items, int page, int size, long total) {

    public AuditPage {
        items = List.copyOf(items);
    }
}
