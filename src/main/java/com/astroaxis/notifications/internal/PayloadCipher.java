package com.astroaxis.notifications.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Supplier;

import javax.crypto.Cipher;
import javax.crypto.KDF;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.HKDFParameterSpec;

/**
 * Encrypts message payloads at rest with AES-256-GCM. The key is derived (HKDF-SHA256) from key material that
 * {@link PayloadKeyMaterial} finds: SECRET_KEY, or in development a random key kept under DATA_DIR. The message id
 * is authenticated with the ciphertext, so a payload copied onto another row does not decrypt.
 * Stored form: {@code v1:} + base64(12-byte nonce ‖ ciphertext ‖ tag).
 */
final class PayloadCipher {

    private static final String VERSION = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] SALT = "astroaxis/notifications".getBytes(StandardCharsets.UTF_8);
    private static final byte[] INFO = "nt_message.payload v1".getBytes(StandardCharsets.UTF_8);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Supplier<byte[]> keyMaterial;
    private volatile SecretKey key;

    /** @param keyMaterial asked once, on first use, so that nothing is created until a message needs it */
    PayloadCipher(Supplier<byte[]> keyMaterial) {
        this.keyMaterial = keyMaterial;
    }

    String encrypt(UUID messageId, String plaintext) {
        var nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            var cipher = cipher(Cipher.ENCRYPT_MODE, nonce, messageId);
            var sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            var out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return VERSION + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a message payload", e);
        }
    }

    /** @throws IllegalStateException when the payload was not sealed with this key for this message */
    String decrypt(UUID messageId, String stored) {
        if (stored == null || !stored.startsWith(VERSION)) {
            throw new IllegalStateException("the stored payload is not in a known format");
        }
        try {
            var bytes = Base64.getDecoder().decode(stored.substring(VERSION.length()));
            if (bytes.length <= NONCE_BYTES) {
                throw new IllegalStateException("the stored payload is truncated");
            }
            var nonce = java.util.Arrays.copyOf(bytes, NONCE_BYTES);
            var cipher = cipher(Cipher.DECRYPT_MODE, nonce, messageId);
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the payload cannot be decrypted (was SECRET_KEY changed?)", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, UUID messageId) throws GeneralSecurityException {
        var cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key(), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(messageId.toString().getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private SecretKey key() throws GeneralSecurityException {
        var current = key;
        if (current == null) {
            synchronized (this) {
                if (key == null) {
                    key = derive(keyMaterial.get());
                }
                current = key;
            }
        }
        return current;
    }

    static SecretKey derive(byte[] material) throws GeneralSecurityException {
        var hkdf = KDF.getInstance("HKDF-SHA256");
        return hkdf.deriveKey("AES", HKDFParameterSpec.ofExtract().addIKM(material).addSalt(SALT).thenExpand(INFO, 32));
    }
}
