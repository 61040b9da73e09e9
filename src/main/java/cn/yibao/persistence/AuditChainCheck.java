package cn.yibao.persistence;

/**
 * The result of {@code audit_verify()} (V5): records examined, the first broken one and why (null
 * when the chain is intact), and the newest record (null when the trail is empty).
 */
public record AuditChainCheck(long checked, Long firstBrokenSeq, String reason, Long headSeq, String headHash) {}
