package cn.yibao.service;

import cn.yibao.policy.common.PolicyException;
import cn.yibao.policy.model.Region;
import cn.yibao.policy.model.Scheme;
import cn.yibao.policy.parameters.PolicyCatalog;
import cn.yibao.policy.parameters.PolicyYearTerms;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads policy years: published ones, and projections of the latest one for later years. */
@ApplicationScoped
public class PolicyYearService {

    private final PolicyCatalog catalog;

    PolicyYearService(PolicyCatalog catalog) {
        this.catalog = catalog;
    }

    public List<PolicyYearTerms> publishedYears() {
        return catalog.publishedYears();
    }

    /** The year's parameters, or POLICY_NOT_PUBLISHED / BAD_USER_INPUT. */
    public PolicyYearTerms policyYear(String regionCode, int year, Scheme scheme) {
        Region region = Inputs.region(regionCode);
        Inputs.year(year);
        return catalog.at(region, scheme, year);
    }

    /** Null where the year is not published and cannot be projected. */
    public PolicyYearTerms policyYearOrNull(String regionCode, int year, Scheme scheme) {
        try {
            return policyYear(regionCode, year, scheme);
        } catch (PolicyException e) {
            if (e.code() == cn.yibao.policy.common.ErrorCode.POLICY_NOT_PUBLISHED) {
                return null;
            }
            throw e;
        }
    }
}
