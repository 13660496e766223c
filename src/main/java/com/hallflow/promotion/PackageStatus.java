package com.hallflow.promotion;

/** Only an active package is offered; a retired one stays for the records. */
public enum PackageStatus {
    DRAFT, ACTIVE, RETIRED
}
