/**
 * Files people upload (receipts, contracts, product pictures): checked by content, stored under DATA_DIR and served
 * back only to those allowed. Other modules use {@link FileManagement}; storage and checks live in {@code internal}.
 */
@ApplicationModule(displayName = "Files")
package com.astroaxis.files;

import org.springframework.modulith.ApplicationModule;
