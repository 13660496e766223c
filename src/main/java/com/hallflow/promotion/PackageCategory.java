package com.hallflow.promotion;

/** The kinds of value-added package the catalogue groups by. */
public enum PackageCategory {
    DATA_ADDON, VIDEO_MEMBERSHIP, MUSIC_MEMBERSHIP, RINGBACK_TONE, CLOUD_STORAGE, SECURITY, INSURANCE, OTHER;

    public String labelKey() {
        return "promotion.category." + name();
    }
}
