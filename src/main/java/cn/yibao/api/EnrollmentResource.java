package cn.yibao.api;

import cn.yibao.api.audit.Audited;
import cn.yibao.api.errors.TranslatePolicyErrors;
import cn.yibao.api.security.Roles;
import cn.yibao.api.types.ContributionQuoteInput;
import cn.yibao.api.types.ContributionQuoteView;
import cn.yibao.api.types.EnrollmentInput;
import cn.yibao.api.types.EnrollmentView;
import cn.yibao.api.types.ExplanationView;
import cn.yibao.api.types.PersonView;
import cn.yibao.persistence.EnrollmentLineEntity;
import cn.yibao.persistence.PersonEntity;
import cn.yibao.service.EnrollCommand;
import cn.yibao.service.EnrollmentService;
import cn.yibao.service.Ids;
import cn.yibao.service.PersonQueries;
import cn.yibao.service.QuoteCommand;
import cn.yibao.service.QuoteService;
import cn.yibao.service.security.CurrentCaller;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
@TranslatePolicyErrors
@Audited
public class EnrollmentResource {

    private final CurrentCaller caller;
    private final EnrollmentService enrollments;
    private final QuoteService quotes;
    private final PersonQueries queries;
    private final PolicyYearViews policyYears;

    EnrollmentResource(
            CurrentCaller caller,
            EnrollmentService enrollments,
            QuoteService quotes,
            PersonQueries queries,
            PolicyYearViews policyYears) {
        this.caller = caller;
        this.enrollments = enrollments;
        this.quotes = quotes;
        this.queries = queries;
        this.policyYears = policyYears;
    }

    @RolesAllowed({Roles.CITIZEN, Roles.OFFICER})
    @Mutation("enroll")
    @Description("Enrolls a person for a policy year: amount due, waiting period and the date benefits start.")
    public @NonNull EnrollmentView enroll(@Name("input") @NonNull EnrollmentInput in) {
        return policyYears.enrollment(enrollments.enroll(
                caller.get(),
                new EnrollCommand(
                        Ids.parse(in.personId(), "personId"),
                        in.region(),
                        in.year(),
                        in.scheme(),
                        in.paymentDate(),
                        in.payer(),
                        in.familyPoolNetworkId() == null
                                ? null
                                : Ids.parse(in.familyPoolNetworkId(), "familyPoolNetworkId"),
                        in.backPaidYears() == null ? 0 : in.backPaidYears(),
                        in.idempotencyKey())));
    }

    @PermitAll
    @Query("quoteContribution")
    @Description("What-if, nothing stored: what a person like this would pay, and when benefits start.")
    public @NonNull ContributionQuoteView quoteContribution(@Name("input") @NonNull ContributionQuoteInput in) {
        return ContributionQuoteView.from(quotes.quote(new QuoteCommand(
                in.region(),
                in.year(),
                in.birthDate(),
                in.paymentDate(),
                in.residency(),
                in.studentStatus(),
                in.assistanceStatus(),
                in.insuredYears(),
                in.employeeYears(),
                in.zeroClaimYears(),
                in.backPaidYears() == null ? 0 : in.backPaidYears())));
    }

    @RolesAllowed({Roles.CITIZEN, Roles.OFFICER, Roles.AUDITOR})
    @Name("person")
    public @NonNull List<@NonNull PersonView> person(@Source List<EnrollmentView> list) {
        Map<Long, PersonEntity> byId = queries.persons(
                caller.get(),
                list.stream().map(EnrollmentView::personId).distinct().toList());
        return list.stream().map(e -> PersonView.from(byId.get(e.personId()))).toList();
    }

    @RolesAllowed({Roles.CITIZEN, Roles.OFFICER, Roles.AUDITOR})
    @Name("explanation")
    public @NonNull List<@NonNull List<@NonNull ExplanationView>> explanation(@Source List<EnrollmentView> list) {
        Map<Long, List<EnrollmentLineEntity>> lines = queries.enrollmentLines(
                list.stream().map(e -> Long.parseLong(e.id())).toList());
        return list.stream()
                .map(e -> lines.getOrDefault(Long.parseLong(e.id()), List.of()).stream()
                        .map(l -> new ExplanationView(l.rule, l.text, l.source))
                        .toList())
                .toList();
    }
}
