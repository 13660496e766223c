package com.hallflow.base;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Personal data at rest (docs/architecture.md §9): values such as resident ID numbers are
 * stored encrypted (AES-256-GCM, a fresh nonce each time), with a keyed hash
 * (HMAC-SHA256) for exact look-ups and a masked copy for display. Both keys come from
 * configuration; without them the application refuses to start.
 */
@Component
public class PersonalDataCipher {

	private static final String PREFIX = "v1:";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKeySpec encryptionKey;

	private final SecretKeySpec hashKey;

	private final SecureRandom random = new SecureRandom();

	PersonalDataCipher(@Value("${hallflow.personal-data.key:}") String encryptionKey,
			@Value("${hallflow.personal-data.hash-key:}") String hashKey) {
		this.encryptionKey = new SecretKeySpec(key(encryptionKey, "HALLFLOW_DATA_KEY"), "AES");
		this.hashKey = new SecretKeySpec(key(hashKey, "HALLFLOW_DATA_HASH_KEY"), "HmacSHA256");
	}

	public String encrypt(String plain) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			return PREFIX + Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("encryption failed", e);
		}
	}

	public String decrypt(String stored) {
		if (stored == null || !stored.startsWith(PREFIX)) {
			throw new IllegalArgumentException("not an encrypted value of this application");
		}
		try {
			byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
			return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("decryption failed: wrong key or altered value", e);
		}
	}

	/**
	 * The same value always gives the same hash, so a stored value can be found without
	 * decrypting.
	 */
	public String hash(String plain) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(hashKey);
			return HexFormat.of().formatHex(mac.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("hashing failed", e);
		}
	}

	private static byte[] key(String base64, String variable) {
		byte[] bytes;
		try {
			bytes = base64 == null || base64.isBlank() ? new byte[0] : Base64.getDecoder().decode(base64.trim());
		}
		catch (IllegalArgumentException e) {
			bytes = new byte[0];
		}
		if (bytes.length != 32) {
			throw new StartupRefusedException("Set " + variable + " to 32 random bytes in Base64 "
					+ "(e.g. openssl rand -base64 32): it protects personal data at rest.");
		}
		return bytes;
	}

}
