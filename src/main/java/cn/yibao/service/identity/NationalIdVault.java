package cn.yibao.service.identity;

import cn.yibao.policy.person.NationalId;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Protects national ID numbers at rest: AES-256-GCM encryption (random 12-byte nonce stored with
 * the ciphertext) and an HMAC-SHA256 keyed hash for look-up without decrypting. Keys come from
 * configuration ({@code yibao.pii.encryption-key}, {@code yibao.pii.hash-key}, base64, 32 bytes).
 */
@ApplicationScoped
public class NationalIdVault {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec hashKey;
    private final SecureRandom random = new SecureRandom();

    NationalIdVault(
            @ConfigProperty(name = "yibao.pii.encryption-key") String encryptionKey,
            @ConfigProperty(name = "yibao.pii.hash-key") String hashKey) {
        this.encryptionKey = new SecretKeySpec(key(encryptionKey, "yibao.pii.encryption-key"), "AES");
        this.hashKey = new SecretKeySpec(key(hashKey, "yibao.pii.hash-key"), "HmacSHA256");
    }

    public byte[] encrypt(NationalId id) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(id.reveal().getBytes(StandardCharsets.US_ASCII));
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a national ID", e);
        }
    }

    public NationalId decrypt(byte[] stored) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            byte[] plain = cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
            return NationalId.parse(new String(plain, StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt a national ID (wrong key?)", e);
        }
    }

    /** Deterministic keyed hash: equal numbers give equal hashes, and the hash reveals nothing without the key. */
    public byte[] lookupHash(NationalId id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey);
            return mac.doFinal(id.reveal().getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot hash a national ID", e);
        }
    }

    private static byte[] key(String base64, String name) {
        byte[] key = Base64.getDecoder().decode(base64.trim());
        if (key.length != 32) {
            throw new IllegalArgumentException(name + " must be 32 bytes, base64-encoded");
        }
        return key;
    }
}
