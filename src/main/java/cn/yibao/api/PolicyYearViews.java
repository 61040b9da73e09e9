package cn.yibao.api;

import cn.yibao.api.types.EnrollmentView;
import cn.yibao.api.types.PolicyYearView;
import cn.yibao.persistence.EnrollmentEntity;
import cn.yibao.policy.model.Scheme;
import cn.yibao.service.PolicyYearService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An enrollment's policy year as the API shows it, built once per region, year and scheme: the
 * parameter files are read at start-up and never change while the service runs, and the portal's
 * page of 50 persons shows some hundred enrollments of the same few years.
 */
@ApplicationScoped
public class PolicyYearViews {

    private record Key(String region, int year, Scheme scheme) {}

    private final PolicyYearService policyYears;
    private final Map<Key, PolicyYearView> views = new ConcurrentHashMap<>();

    PolicyYearViews(PolicyYearService policyYears) {
        this.policyYears = policyYears;
    }

    /** POLICY_NOT_PUBLISHED / BAD_USER_INPUT as {@link PolicyYearService#policyYear}; failures are not kept. */
    public PolicyYearView of(String region, int year, Scheme scheme) {
        Key key = new Key(region, year, scheme);
        PolicyYearView view = views.get(key);
        if (view == null) {
            view = PolicyYearView.from(policyYears.policyYear(region, year, scheme));
            views.putIfAbsent(key, view);
        }
        return view;
    }

    /** An enrollment with the policy year it was computed under. */
    public EnrollmentView enrollment(EnrollmentEntity e) {
        return EnrollmentView.from(e, of(e.region, e.year, e.scheme));
    }
}
