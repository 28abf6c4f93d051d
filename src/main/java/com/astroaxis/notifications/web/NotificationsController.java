package com.astroaxis.notifications.web;

import com.astroaxis.notifications.internal.MessagePage;
import com.astroaxis.notifications.internal.NotificationLog;
import com.astroaxis.platform.security.RequiresPermission;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The outbox, read-only, for administrators: recipients masked, contents never shown. */
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationsController {

    private final NotificationLog log;

    NotificationsController(NotificationLog log) {
        this.log = log;
    }

    @GetMapping
    @RequiresPermission("notifications.read")
    MessagePage list(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return log.list(status, page, size);
    }
}
