package cn.yibao.policy.parameters;

import cn.yibao.policy.common.ErrorCode;
import cn.yibao.policy.common.PolicyException;
import cn.yibao.policy.model.Region;
import cn.yibao.policy.model.Scheme;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every published parameter set, and projections of the latest published year of a region and
 * scheme to later years (same parameters, dates moved by whole years, marked as projected).
 */
public final class PolicyCatalog {

    /** Builds the projection of a published year to a later year. */
    @FunctionalInterface
    public interface Projector {
        PolicyYearTerms project(PolicyYearTerms latest, int year);
    }

    private final Map<PolicyKey, PolicyYearTerms> published;
    private final Map<String, SupplementaryPolicy> supplementary;
    private final Projector projector;
    private final Map<PolicyKey, PolicyYearTerms> projections = new ConcurrentHashMap<>();

    public PolicyCatalog(List<PolicyYearTerms> sets, List<SupplementaryPolicy> supplementary, Projector projector) {
        Map<PolicyKey, PolicyYearTerms> byKey = new java.util.HashMap<>();
        for (PolicyYearTerms set : sets) {
            if (byKey.put(set.key(), set) != null) {
                throw new IllegalArgumentException("two parameter sets for " + set.key());
            }
        }
        this.published = Map.copyOf(byKey);
        Map<String, SupplementaryPolicy> supp = new java.util.HashMap<>();
        for (SupplementaryPolicy s : supplementary) {
            supp.put(s.region().code() + "/" + s.year(), s);
        }
        this.supplementary = Map.copyOf(supp);
        this.projector = projector;
    }

    /** The parameters of a region, scheme and year: published, projected, or POLICY_NOT_PUBLISHED. */
    public PolicyYearTerms at(Region region, Scheme scheme, int year) {
        PolicyKey key = new PolicyKey(region, scheme, year);
        PolicyYearTerms exact = published.get(key);
        if (exact != null) {
            return exact;
        }
        TreeMap<Integer, PolicyYearTerms> years = yearsOf(region, scheme);
        if (years.isEmpty()) {
            throw new PolicyException(
                    ErrorCode.POLICY_NOT_PUBLISHED,
                    "policy.year",
                    "no " + scheme + " policy is published for " + region.code());
        }
        if (year < years.firstKey()) {
            throw new PolicyException(
                    ErrorCode.POLICY_NOT_PUBLISHED,
                    "policy.year",
                    "the first published " + scheme + " year of " + region.code() + " is " + years.firstKey() + ", not "
                            + year);
        }
        if (year < years.lastKey()) {
            throw new PolicyException(
                    ErrorCode.POLICY_NOT_PUBLISHED,
                    "policy.year",
                    "year " + year + " of " + region.code() + " " + scheme + " is not published");
        }
        return projections.computeIfAbsent(
                key, k -> projector.project(years.lastEntry().getValue(), year));
    }

    public ResidentPolicy resident(Region region, int year) {
        return (ResidentPolicy) at(region, Scheme.RESIDENT, year);
    }

    public EmployeePolicy employee(Region region, int year) {
        return (EmployeePolicy) at(region, Scheme.EMPLOYEE, year);
    }

    /** Whether a region and scheme has any published year (so later years can be projected). */
    public boolean hasScheme(Region region, Scheme scheme) {
        return !yearsOf(region, scheme).isEmpty();
    }

    /** 天一甬宁保 terms for a year, if published (the product's terms are never projected). */
    public Optional<SupplementaryPolicy> supplementary(Region region, int year) {
        return Optional.ofNullable(supplementary.get(region.code() + "/" + year));
    }

    /** The first year any 天一甬宁保 terms are published for the region, if any. */
    public Optional<Integer> firstSupplementaryYear(Region region) {
        return supplementary.values().stream()
                .filter(s -> s.region() == region)
                .map(SupplementaryPolicy::year)
                .min(Integer::compare);
    }

    /** Every published set, ordered by region, scheme and year. */
    public List<PolicyYearTerms> publishedYears() {
        List<PolicyYearTerms> out = new ArrayList<>(published.values());
        out.sort(Comparator.comparing((PolicyYearTerms p) -> p.region())
                .thenComparing(PolicyYearTerms::scheme)
                .thenComparingInt(PolicyYearTerms::year));
        return out;
    }

    private TreeMap<Integer, PolicyYearTerms> yearsOf(Region region, Scheme scheme) {
        TreeMap<Integer, PolicyYearTerms> years = new TreeMap<>();
        for (PolicyYearTerms p : published.values()) {
            if (p.region() == region && p.scheme() == scheme) {
                years.put(p.year(), p);
            }
        }
        return years;
    }
}
