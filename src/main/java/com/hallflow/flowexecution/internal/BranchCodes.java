package com.hallflow.flowexecution.internal;

import com.hallflow.security.BranchDirectory;
import com.hallflow.security.BranchRef;
import org.springframework.stereotype.Component;

/** A branch's code for receipt numbers; branches never change their code while open. */
@Component
class BranchCodes {

    private final BranchDirectory branches;

    BranchCodes(BranchDirectory branches) {
        this.branches = branches;
    }

    String code(long branchId) {
        return branches.findBranch(branchId).map(BranchRef::code).orElse("B" + branchId);
    }
}
