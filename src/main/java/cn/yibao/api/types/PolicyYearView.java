package cn.yibao.api.types;

import cn.yibao.policy.common.Param;
import cn.yibao.policy.model.ResidentCategory;
import cn.yibao.policy.model.Scheme;
import cn.yibao.policy.parameters.CriticalIllness;
import cn.yibao.policy.parameters.EmployeePolicy;
import cn.yibao.policy.parameters.PolicyYearTerms;
import cn.yibao.policy.parameters.ResidentPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PolicyYear")
@Description("The published (or projected) parameters of one region, scheme and policy year.")
public record PolicyYearView(
        @NonNull String region,
        int year,
        @NonNull Scheme scheme,
        LocalDate enrollmentOpens,
        LocalDate enrollmentCloses,
        LocalDate paymentDeadline,
        @NonNull LocalDate benefitStart,
        @NonNull LocalDate benefitEnd,
        @NonNull List<@NonNull CategoryContributionView> contributions,
        @Description("Null where the sources publish none") BigDecimal criticalIllnessCap,
        @Description("Titles of the policy documents behind this year") @NonNull List<@NonNull String> sources,
        @Description("True when this year is a projection of the latest published one") boolean projected) {

    public static PolicyYearView from(PolicyYearTerms terms) {
        return switch (terms) {
            case ResidentPolicy r -> fromResident(r);
            case EmployeePolicy e -> fromEmployee(e);
        };
    }

    private static PolicyYearView fromResident(ResidentPolicy r) {
        var cal = r.calendar();
        List<CategoryContributionView> contributions = new ArrayList<>();
        for (ResidentCategory c : ResidentCategory.values()) {
            Param<cn.yibao.policy.common.Money> individual =
                    r.contribution().individual().get(c);
            if (individual != null && individual.isPublished()) {
                var subsidy = r.contribution().subsidy().get(c);
                contributions.add(new CategoryContributionView(
                        c,
                        individual.orNull().yuan(),
                        subsidy == null || subsidy.orNull() == null
                                ? null
                                : subsidy.orNull().yuan()));
            }
        }
        return new PolicyYearView(
                r.region().code(),
                r.year(),
                Scheme.RESIDENT,
                cal.enrollmentOpens().orNull(),
                cal.enrollmentCloses().orNull(),
                cal.paymentDeadline().orNull(),
                cal.benefitStart().require("policy.year"),
                cal.benefitEnd().require("policy.year"),
                contributions,
                ciCap(r.criticalIllness()),
                titles(r),
                r.projected());
    }

    private static PolicyYearView fromEmployee(EmployeePolicy e) {
        return new PolicyYearView(
                e.region().code(),
                e.year(),
                Scheme.EMPLOYEE,
                null,
                null,
                null,
                e.yearStart().require("policy.year"),
                e.yearEnd().require("policy.year"),
                List.of(),
                ciCap(e.criticalIllness()),
                titles(e),
                e.projected());
    }

    private static BigDecimal ciCap(Param<CriticalIllness> ci) {
        if (ci.orNull() instanceof CriticalIllness.ExcessBands eb
                && eb.ordinary().cap() != null) {
            return eb.ordinary().cap().yuan();
        }
        return null;
    }

    private static List<String> titles(PolicyYearTerms t) {
        return t.documents().stream().map(s -> s.title()).toList();
    }
}
