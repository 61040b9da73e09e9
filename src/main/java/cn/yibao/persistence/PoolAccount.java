package cn.yibao.persistence;

/**
 * Accounts of the family-pool ledger: the founder's historical account (debited, negative
 * amounts) against what the pool paid (positive amounts).
 */
public enum PoolAccount {
    FOUNDER_HISTORICAL,
    CONTRIBUTIONS_PAID,
    MEDICAL_PAID
}
