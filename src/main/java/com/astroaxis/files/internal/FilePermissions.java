package com.astroaxis.files.internal;

import java.util.List;
import java.util.Set;

import com.astroaxis.platform.security.PermissionDeclarations;
import com.astroaxis.platform.security.PermissionDefinition;

import org.springframework.stereotype.Component;

/** The permissions the files module checks. Uploaders may always download their own files. */
@Component
class FilePermissions implements PermissionDeclarations {

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                new PermissionDefinition("files.upload", "Upload files (receipts, documents, pictures)",
                        Set.of("Owner", "Admin", "Manager", "Cashier", "Accountant", "HR")),
                new PermissionDefinition("files.read", "Download and view files others uploaded",
                        Set.of("Owner", "Admin", "Manager", "Accountant", "HR")));
    }
}
