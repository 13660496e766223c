package com.hallflow.promotion;

import com.hallflow.base.Translatable;

/** The kinds of value-added package the catalogue groups by. */
public enum PackageCategory implements Translatable {

	DATA_ADDON, VIDEO_MEMBERSHIP, MUSIC_MEMBERSHIP, RINGBACK_TONE, CLOUD_STORAGE, SECURITY, INSURANCE, OTHER;

	@Override
	public String messageKey() {
		return "promotion.category." + name();
	}

}
