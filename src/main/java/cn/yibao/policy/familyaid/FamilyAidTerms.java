package cn.yibao.policy.familyaid;

import cn.yibao.policy.common.ErrorCode;
import cn.yibao.policy.common.Explanation;
import cn.yibao.policy.common.Param;
import cn.yibao.policy.common.PolicyException;
import cn.yibao.policy.model.PoolMode;
import cn.yibao.policy.model.Province;
import cn.yibao.policy.model.Region;
import cn.yibao.policy.model.Scheme;
import cn.yibao.policy.parameters.FamilyAid;
import cn.yibao.policy.parameters.FamilyAid.Authorisation;
import cn.yibao.policy.parameters.PolicyCatalog;
import cn.yibao.policy.parameters.PolicyYearTerms;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The family mutual-aid rules that apply to a founder (SPEC §7): the model by the founder's
 * region (Shanghai → network, Zhejiang → authorisation) and the {@link FamilyAid} parameters of
 * {@code rulesRegion}, merged from its resident and employee sets of the year. A Zhejiang region
 * without files of its own uses Ningbo's resident set as the province's published rules.
 */
public record FamilyAidTerms(
        FamilyAidModel model,
        Region founderRegion,
        Region rulesRegion,
        int year,
        FamilyAid aid,
        List<Explanation> notes) {

    /** The Zhejiang city whose resident set publishes the province-wide contribution rules (seed 000 §4, 001 R-Q4). */
    private static final Region ZHEJIANG_PUBLISHER = Region.NINGBO;

    public FamilyAidTerms {
        notes = List.copyOf(notes);
    }

    public static FamilyAidTerms forFounder(PolicyCatalog catalog, Region founderRegion, int year) {
        FamilyAidModel model =
                switch (founderRegion.province()) {
                    case SHANGHAI -> FamilyAidModel.NETWORK;
                    case ZHEJIANG -> FamilyAidModel.AUTHORISATION;
                    default ->
                        throw new PolicyException(
                                ErrorCode.POLICY_NOT_PUBLISHED,
                                "family.model",
                                "no family mutual-aid mechanics are published for " + founderRegion.code());
                };
        List<PolicyYearTerms> sets = new ArrayList<>(2);
        Region rulesRegion = founderRegion;
        if (hasFiles(catalog, founderRegion)) {
            addIfPublished(sets, catalog, founderRegion, Scheme.RESIDENT, year);
            addIfPublished(sets, catalog, founderRegion, Scheme.EMPLOYEE, year);
        } else if (founderRegion.province() == Province.ZHEJIANG) {
            rulesRegion = ZHEJIANG_PUBLISHER;
            addIfPublished(sets, catalog, rulesRegion, Scheme.RESIDENT, year);
        }
        if (sets.isEmpty()) {
            throw new PolicyException(
                    ErrorCode.POLICY_NOT_PUBLISHED,
                    "family.model",
                    "no family mutual-aid rules published for " + rulesRegion.code() + " " + year);
        }
        FamilyAid aid = new FamilyAid(
                merged(sets, FamilyAid::contribution),
                merged(sets, FamilyAid::medical),
                merged(sets, FamilyAid::network));
        List<Explanation> notes = new ArrayList<>(2);
        Param<?> cited = model == FamilyAidModel.NETWORK ? aid.network() : aid.contribution();
        notes.add(Explanation.note(
                "family.model",
                "Founder insured in " + founderRegion.code() + " → "
                        + (model == FamilyAidModel.NETWORK
                                ? "family network model (§3.22)"
                                : "authorisation model (§3.21)"),
                cited.source()));
        if (rulesRegion != founderRegion) {
            notes.add(Explanation.note(
                    "family.rules-region",
                    founderRegion.code() + " publishes no rules of its own: "
                            + "applying " + rulesRegion.code() + "'s resident " + year
                            + " rules, which state the province's "
                            + "family-contribution rules",
                    cited.source()));
        }
        return new FamilyAidTerms(model, founderRegion, rulesRegion, year, aid, notes);
    }

    /** The authorisation that a mode stands for in the Zhejiang model (§7): PAY_CONTRIBUTION ↔ CONTRIBUTION, PAY_MEDICAL ↔ MEDICAL. */
    public Param<Authorisation> authorisation(PoolMode mode) {
        return mode == PoolMode.PAY_CONTRIBUTION ? aid.contribution() : aid.medical();
    }

    private static boolean hasFiles(PolicyCatalog catalog, Region region) {
        return catalog.hasScheme(region, Scheme.RESIDENT) || catalog.hasScheme(region, Scheme.EMPLOYEE);
    }

    private static void addIfPublished(
            List<PolicyYearTerms> sets, PolicyCatalog catalog, Region region, Scheme scheme, int year) {
        if (!catalog.hasScheme(region, scheme)) {
            return;
        }
        try {
            sets.add(catalog.at(region, scheme, year));
        } catch (PolicyException notPublished) {
            // a year before the first published one: this set has nothing to add
        }
    }

    /** The first published value among the sets; else the first "not published" (for its citation). */
    private static <T> Param<T> merged(List<PolicyYearTerms> sets, Function<FamilyAid, Param<T>> part) {
        for (PolicyYearTerms s : sets) {
            Param<T> p = part.apply(s.familyAid());
            if (p.isPublished()) {
                return p;
            }
        }
        return part.apply(sets.get(0).familyAid());
    }
}
