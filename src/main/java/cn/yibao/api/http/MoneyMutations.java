package cn.yibao.api.http;

import java.util.Set;

/**
 * Every mutation of the schema, sorted into those that move money and those that do not. One
 * operation may contain at most one money-moving mutation ({@link DocumentCheck}); the services
 * rate-limit the same use cases. {@code MoneyMutationsTest} fails when a mutation of
 * graphql/schema.graphql is in neither list, so a new one must be sorted here.
 */
public final class MoneyMutations {

    /** Pay a contribution, a premium or a claim: an account, a fund or the family pool changes. */
    public static final Set<String> MOVE_MONEY = Set.of(
            // the contribution due, paid by the person, the employer or the family pool
            "enroll",
            // the funds' share of a bill, and the family pool's (PAY_MEDICAL)
            "submitClaim",
            // the 天一甬宁保 premium
            "enrollSupplementary",
            // the family pools' contributions for every member (officials)
            "runShanghaiContributionBatch");

    /** Records, bindings and settings: no amount is paid. */
    public static final Set<String> MOVE_NO_MONEY = Set.of(
            "registerPerson",
            // history imported from the legacy platform: what was paid then, nothing paid now
            "recordInsuranceHistory",
            // who may pay for whom, and how: the payments themselves are enroll and submitClaim
            "createFamilyPoolNetwork",
            "addFamilyPoolMember",
            "leaveFamilyPoolNetwork",
            "dissolveFamilyPoolNetwork",
            "setFamilyPoolModes");

    private MoneyMutations() {}
}
