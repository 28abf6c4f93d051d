package com.astroaxis.branches;

import java.util.List;
import java.util.Optional;

/** What other modules may ask about branches. */
public interface BranchDirectory {

    Optional<BranchView> find(BranchId id);

    List<BranchView> all();
}
