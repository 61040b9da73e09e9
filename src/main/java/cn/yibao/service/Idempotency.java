package cn.yibao.service;

import cn.yibao.persistence.IdempotencyKeyEntity;
import cn.yibao.persistence.IdempotencyKeyRepository;
import cn.yibao.policy.common.ErrorCode;
import cn.yibao.policy.common.PolicyException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Idempotency keys of money-moving mutations. Requests with the same key are serialised by a
 * transaction-scoped advisory lock; a retry with the same request gets the first result, the
 * same key with another request is a CONFLICT. Must run inside the caller's transaction.
 */
@ApplicationScoped
public class Idempotency {

    private final IdempotencyKeyRepository keys;
    private final EntityManager em;

    Idempotency(IdempotencyKeyRepository keys, EntityManager em) {
        this.keys = keys;
        this.em = em;
    }

    /** The id of the first result for this key, if the same request was already carried out. */
    public Optional<Long> replay(String key, String operation, String requestHash) {
        if (key == null) {
            return Optional.empty();
        }
        if (key.isBlank() || key.length() > 200) {
            throw PolicyException.badInput("input.idempotency-key", "idempotencyKey must have 1 to 200 characters");
        }
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, key)
                .getSingleResult();
        return keys.findByIdOptional(key).map(k -> {
            if (!k.operation.equals(operation) || !k.requestHash.equals(requestHash)) {
                throw new PolicyException(
                        ErrorCode.CONFLICT, "idempotency", "this idempotencyKey was used for a different request");
            }
            return k.resultId;
        });
    }

    public void remember(String key, String operation, String requestHash, long resultId) {
        if (key == null) {
            return;
        }
        IdempotencyKeyEntity k = new IdempotencyKeyEntity();
        k.key = key;
        k.operation = operation;
        k.requestHash = requestHash;
        k.resultId = resultId;
        keys.persist(k);
    }

    /** SHA-256 of a request's canonical text (records print their components in order). */
    public static String hash(Object request) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
