package cn.yibao.policy.familyaid;

import cn.yibao.policy.common.ErrorCode;
import cn.yibao.policy.common.Explanation;
import cn.yibao.policy.common.Param;
import cn.yibao.policy.common.Source;
import cn.yibao.policy.model.PoolMode;
import cn.yibao.policy.model.Region;
import cn.yibao.policy.model.Relation;
import cn.yibao.policy.model.Scheme;
import cn.yibao.policy.model.Scope;
import cn.yibao.policy.parameters.FamilyAid.Authorisation;
import cn.yibao.policy.parameters.FamilyAid.Network;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Founder and member conditions shared by creation, membership and mode changes (SPEC §3.21, §3.22). */
final class FamilyAidChecks {

    private FamilyAidChecks() {}

    /** Whether {@code person} is insured where {@code scope} requires, relative to the rules' region. */
    static boolean inScope(Scope scope, Region rulesRegion, Region person) {
        if (person == null) {
            return false;
        }
        return scope == Scope.REGION ? person == rulesRegion : person.province() == rulesRegion.province();
    }

    /** Founder (network) or authoriser (every enabled mode) conditions; null when they hold. */
    static FamilyAidDecision founder(
            FamilyAidTerms terms, PersonFacts f, Set<PoolMode> modes, List<Explanation> lines) {
        if (terms.model() == FamilyAidModel.NETWORK) {
            Param<Network> net = terms.aid().network();
            net.require("family.sh.create");
            boolean ok = f.scheme() == Scheme.EMPLOYEE
                    && f.region() == terms.rulesRegion()
                    && f.historicalBalance().isPositive()
                    && f.accountUsable();
            return ok
                    ? pass(
                            "family.sh.create",
                            "Founder is " + terms.rulesRegion().code()
                                    + " employee-insured with a usable account and a historical balance of "
                                    + f.historicalBalance(),
                            net.source(),
                            lines)
                    : refuse(
                            ErrorCode.NOT_ELIGIBLE,
                            "family.sh.create",
                            "A founder must be " + terms.rulesRegion().code()
                                    + " employee-insured, with a usable account and a historical balance above 0",
                            net.source(),
                            lines);
        }
        for (PoolMode mode : modes) {
            Param<Authorisation> p = terms.authorisation(mode);
            Authorisation a = p.require("family.zj.bind");
            boolean ok = f.scheme() == Scheme.EMPLOYEE
                    && inScope(a.authoriserScope(), terms.rulesRegion(), f.region())
                    && (!a.authoriserNeedsBalance() || f.historicalBalance().isPositive());
            String what = "An authoriser for " + mode + " must be employee-insured in the "
                    + scopeText(a.authoriserScope(), terms)
                    + (a.authoriserNeedsBalance() ? ", with a historical balance above 0" : "");
            if (!ok) {
                return refuse(ErrorCode.NOT_ELIGIBLE, "family.zj.bind", what, p.source(), lines);
            }
            lines.add(Explanation.note("family.zj.bind", what + ": met", p.source()));
        }
        return null;
    }

    /** Member (network) or relative (every enabled mode) conditions; null when they hold. {@code r} null = no close relation. */
    static FamilyAidDecision member(
            FamilyAidTerms terms,
            String networkId,
            Set<PoolMode> modes,
            PersonFacts p,
            Relation r,
            List<Explanation> lines) {
        if (r == null) {
            return refuse(
                    ErrorCode.NOT_A_RELATIVE,
                    "family.relation",
                    p.id() + " is no close relative (近亲属)",
                    FamilyNetworkRules.source(terms),
                    lines);
        }
        if (terms.model() == FamilyAidModel.NETWORK) {
            Param<Network> param = terms.aid().network();
            Network n = param.require("family.sh.member");
            if (!n.relations().contains(r)) {
                return refuse(
                        ErrorCode.NOT_A_RELATIVE,
                        "family.sh.member",
                        r + " is not a relation a network admits",
                        param.source(),
                        lines);
            }
            // insured() first: the immutable scheme list throws on contains(null) for an uninsured person.
            if (!p.insured() || !n.memberSchemes().contains(p.scheme()) || p.region() != terms.rulesRegion()) {
                return refuse(
                        ErrorCode.NOT_ELIGIBLE,
                        "family.sh.member",
                        "A member must be insured in " + terms.rulesRegion().code() + " (" + n.memberSchemes() + ")",
                        param.source(),
                        lines);
            }
            return oneNetwork(networkId, p, "family.sh.member", param.source(), lines);
        }
        for (PoolMode mode : modes) {
            Param<Authorisation> param = terms.authorisation(mode);
            Authorisation a = param.require("family.zj.bind");
            if (!a.relations().contains(r)) {
                return refuse(
                        ErrorCode.NOT_A_RELATIVE,
                        "family.zj.bind",
                        r + " is not a relation " + mode + " admits " + a.relations(),
                        param.source(),
                        lines);
            }
            if (!p.insured() || !inScope(a.relativeScope(), terms.rulesRegion(), p.region())) {
                return refuse(
                        ErrorCode.NOT_ELIGIBLE,
                        "family.zj.bind",
                        "For " + mode + " the relative must be " + "basic-insured in the "
                                + scopeText(a.relativeScope(), terms),
                        param.source(),
                        lines);
            }
            FamilyAidDecision one = oneNetwork(networkId, p, "family.zj.bind", param.source(), lines);
            if (one != null) {
                return one;
            }
        }
        return null;
    }

    private static FamilyAidDecision oneNetwork(
            String networkId, PersonFacts p, String rule, Source source, List<Explanation> lines) {
        if (p.networkId() != null && !p.networkId().equals(networkId)) {
            return refuse(
                    ErrorCode.ALREADY_IN_NETWORK,
                    rule,
                    "A person belongs to one network or authoriser at a" + " time (P15); " + p.id() + " is in "
                            + p.networkId(),
                    source,
                    lines);
        }
        lines.add(Explanation.note(rule, p.id() + " meets the member conditions", source));
        return null;
    }

    static String scopeText(Scope scope, FamilyAidTerms terms) {
        return scope == Scope.REGION
                ? "region " + terms.rulesRegion().code()
                : "province " + terms.rulesRegion().province();
    }

    static FamilyAidDecision pass(String rule, String text, Source source, List<Explanation> lines) {
        lines.add(Explanation.note(rule, text, source));
        return null;
    }

    static FamilyAidDecision refuse(ErrorCode code, String rule, String text, Source source, List<Explanation> lines) {
        lines.add(Explanation.note(rule, text, source));
        return FamilyAidDecision.refused(code, rule, new ArrayList<>(lines));
    }
}
