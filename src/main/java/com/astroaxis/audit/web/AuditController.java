package com.astroaxis.audit.web;

import com.astroaxis.audit.AuditManagement;
import com.astroaxis.audit.AuditPage;
import com.astroaxis.platform.security.RequiresPermission;
import com.astroaxis.platform.time.BusinessCalendar;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail, newest first, for those allowed to read it. */
@RestController
class AuditController {

    private final AuditManagement audit;
    private final BusinessCalendar calendar;

    AuditController(AuditManagement audit, BusinessCalendar calendar) {
        this.audit = audit;
        this.calendar = calendar;
    }

    @GetMapping("/api/v1/audit")
    @RequiresPermission(AuditManagement.READ_PERMISSION)
    AuditPage search(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        return audit.search(AuditQueryParameters.parse(calendar, actor, action, from, to, page, size));
    }
}
