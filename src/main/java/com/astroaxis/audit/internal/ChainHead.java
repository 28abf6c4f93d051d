package com.astroaxis.audit.internal;

/** The one row of {@code au_chain_head}: the last sequence number appended and its hash. */
record ChainHead(long lastSequence, String lastHash) {
}
