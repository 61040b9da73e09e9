package cn.yibao.api;

import cn.yibao.api.audit.Audited;
import cn.yibao.api.errors.TranslatePolicyErrors;
import cn.yibao.api.graphql.LookAhead;
import cn.yibao.api.security.Roles;
import cn.yibao.api.types.ClaimView;
import cn.yibao.api.types.EnrollmentView;
import cn.yibao.api.types.InsuredYearInput;
import cn.yibao.api.types.PageInfoView;
import cn.yibao.api.types.PersonConnection;
import cn.yibao.api.types.PersonEdge;
import cn.yibao.api.types.PersonInput;
import cn.yibao.api.types.PersonView;
import cn.yibao.api.types.ReadAhead;
import cn.yibao.api.types.SupplementaryEnrollmentView;
import cn.yibao.persistence.ClaimEntity;
import cn.yibao.persistence.ClaimLineEntity;
import cn.yibao.persistence.EnrollmentEntity;
import cn.yibao.persistence.PersonListsReader.Include;
import cn.yibao.persistence.PersonListsReader.PersonLists;
import cn.yibao.persistence.PersonListsReader.PersonRead;
import cn.yibao.policy.model.Region;
import cn.yibao.service.Amounts;
import cn.yibao.service.HistoryYear;
import cn.yibao.service.Ids;
import cn.yibao.service.NewPerson;
import cn.yibao.service.PersonQueries;
import cn.yibao.service.PersonService;
import cn.yibao.service.SupplementaryService;
import cn.yibao.service.security.CurrentCaller;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
@TranslatePolicyErrors
@Audited
public class PersonResource {

    private final CurrentCaller caller;
    private final PersonService persons;
    private final PersonQueries queries;
    private final SupplementaryService supplementary;
    private final Context context;
    private final PolicyYearViews policyYears;

    PersonResource(
            CurrentCaller caller,
            PersonService persons,
            PersonQueries queries,
            SupplementaryService supplementary,
            Context context,
            PolicyYearViews policyYears) {
        this.caller = caller;
        this.context = context;
        this.policyYears = policyYears;
        this.persons = persons;
        this.queries = queries;
        this.supplementary = supplementary;
    }

    @RolesAllowed({Roles.CITIZEN, Roles.OFFICER, Roles.AUDITOR})
    @Query("person")
    @Description("A person by id; null when there is none.")
    public PersonView person(@Name("id") @Id @NonNull String id) {
        return queries.person(caller.get(), id, readAheadOf(""))
                .map(r -> PersonView.from(r.person(), readAhead(r.lists())))
                .orElse(null);
    }

    @RolesAllowed({Roles.CITIZEN, Roles.OFFICER, Roles.AUDITOR})
    @Query("persons")
    @Description("The persons of a region, by id, a page at a time (the portal list).")
    public @NonNull PersonConnection persons(
            @Name("region") @NonNull String region,
            @Name("first") @DefaultValue("50") int first,
            @Name("after") String after) {
        List<PersonRead> rows =
                queries.page(caller.get(), region, first, Cursors.decode("person", after), readAheadOf("edges/node/"));
        List<PersonEdge> edges = new ArrayList<>();
        for (PersonRead r : rows.subList(0, Math.min(first, rows.size()))) {
            edges.add(new PersonEdge(
                    Cursors.encode("person", r.person().id), PersonView.from(r.person(), readAhead(r.lists()))));
        }
        String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new PersonConnection(edges, new PageInfoView(rows.size() > first, end));
    }

    @RolesAllowed(Roles.OFFICER)
    @Mutation("registerPerson")
    @Description("Registers a person; the national ID is validated (GB 11643) and stored encrypted.")
    public @NonNull PersonView registerPerson(@Name("input") @NonNull PersonInput in) {
        return PersonView.from(persons.register(
                caller.get(),
                new NewPerson(
                        in.name(),
                        in.nationalId(),
                        in.region(),
                        in.residency(),
                        in.studentStatus(),
                        in.assistanceStatus(),
                        in.employment(),
                        Amounts.optional(in.monthlyContributionBase(), "monthlyContributionBase"),
                        Amounts.optional(in.historicalAccountBalance(), "historicalAccountBalance"))));
    }

    @RolesAllowed(Roles.OFFICER)
    @Mutation("recordInsuranceHistory")
    @Description("Imports years insured before this system (from the legacy platform).")
    public @NonNull PersonView recordInsuranceHistory(
            @Name("personId") @Id @NonNull String personId,
            @Name("history") @NonNull List<@NonNull InsuredYearInput> history) {
        List<HistoryYear> years = history.stream()
                .map(h -> new HistoryYear(
                        h.year(), h.region(), h.scheme(), Amounts.optional(h.fundReimbursed(), "fundReimbursed")))
                .toList();
        return PersonView.from(persons.recordInsuranceHistory(caller.get(), Ids.parse(personId, "personId"), years));
    }

    @RolesAllowed({Roles.CITIZEN, Roles.OFFICER})
    @Mutation("enrollSupplementary")
    @Description(
            "天一甬宁保 (Ningbo's supplementary insurance) for one year; a year before 2025 records prior enrollment only.")
    public @NonNull PersonView enrollSupplementary(
            @Name("personId") @Id @NonNull String personId,
            @Name("year") int year,
            @Name("preExistingCondition") boolean preExistingCondition) {
        return PersonView.from(
                supplementary.enroll(caller.get(), Ids.parse(personId, "personId"), year, preExistingCondition));
    }

    @RolesAllowed({Roles.CITIZEN, Roles.OFFICER, Roles.AUDITOR})
    @Name("supplementaryEnrollments")
    @Description("The person's 天一甬宁保 years.")
    public @NonNull List<@NonNull List<@NonNull SupplementaryEnrollmentView>> supplementaryEnrollments(
            @Source List<PersonView> people) {
        var byPerson = supplementary.forPersons(caller.get(), regions(people));
        return people.stream()
                .map(p -> byPerson.getOrDefault(Long.parseLong(p.id()), List.of()).stream()
                        .map(SupplementaryEnrollmentView::from)
                        .toList())
                .toList();
    }

    /**
     * The enrollments of persons whose lists were not read ahead (a person reached from a claim or
     * an enrollment); read-ahead persons are served by {@code api.graphql.ReadAheadFields}.
     */
    @RolesAllowed({Roles.CITIZEN, Roles.OFFICER, Roles.AUDITOR})
    @Name("enrollments")
    public @NonNull List<@NonNull List<@NonNull EnrollmentView>> enrollments(@Source List<PersonView> people) {
        Map<Long, List<EnrollmentEntity>> byPerson = queries.enrollments(caller.get(), regions(people));
        return people.stream()
                .map(p -> enrollmentViews(byPerson.getOrDefault(Long.parseLong(p.id()), List.of())))
                .toList();
    }

    /** As {@link #enrollments}: the claims of persons whose lists were not read ahead. */
    @RolesAllowed({Roles.CITIZEN, Roles.OFFICER, Roles.AUDITOR})
    @Name("claims")
    public @NonNull List<@NonNull List<@NonNull ClaimView>> claims(@Source List<PersonView> people) {
        Map<Long, List<ClaimEntity>> byPerson = queries.claims(caller.get(), regions(people));
        Map<Long, List<ClaimLineEntity>> lines = asksFor(CLAIM_LINES)
                ? queries.claimLines(byPerson.values().stream()
                        .flatMap(List::stream)
                        .map(c -> c.id)
                        .toList())
                : Map.of();
        return people.stream()
                .map(p -> claimViews(byPerson.getOrDefault(Long.parseLong(p.id()), List.of()), lines))
                .toList();
    }

    /** The views of lists a top-level query read with its persons (access checked, read audited there). */
    private ReadAhead readAhead(PersonLists lists) {
        if (lists.enrollments() == null && lists.claims() == null) {
            return null;
        }
        return new ReadAhead(
                lists.enrollments() == null ? null : enrollmentViews(lists.enrollments()),
                lists.claims() == null
                        ? null
                        : claimViews(lists.claims(), lists.claimLines() == null ? Map.of() : lists.claimLines()));
    }

    private List<EnrollmentView> enrollmentViews(List<EnrollmentEntity> rows) {
        return rows.stream().map(policyYears::enrollment).toList();
    }

    private static List<ClaimView> claimViews(List<ClaimEntity> rows, Map<Long, List<ClaimLineEntity>> lines) {
        return rows.stream()
                .map(c -> ClaimView.from(c, lines.getOrDefault(c.id, List.of())))
                .toList();
    }

    /** The claims' adjudication lines, read in the claims' batch only when the query asks for them. */
    static final String CLAIM_LINES = "adjudication/lines";

    /** The lists to read with the persons at {@code path} of the field being resolved ("" for itself). */
    private Include readAheadOf(String path) {
        Set<String> selected = selected();
        return new Include(
                selected.contains(path + "enrollments"),
                selected.contains(path + "claims"),
                selected.contains(path + "claims/" + CLAIM_LINES));
    }

    /** Whether the field being resolved selects {@code path} (a look-ahead into the query). */
    private boolean asksFor(String path) {
        return selected().contains(path);
    }

    /** The qualified names ("claims/adjudication/lines") of all fields the field being resolved selects. */
    private Set<String> selected() {
        return LookAhead.qualifiedNames(context.unwrap(DataFetchingEnvironment.class));
    }

    /** Person id → region of the persons a batch resolves fields for (the service checks access on them). */
    static Map<Long, Region> regions(List<PersonView> people) {
        Map<Long, Region> out = new java.util.LinkedHashMap<>();
        for (PersonView p : people) {
            out.put(Long.parseLong(p.id()), Region.fromCode(p.region()));
        }
        return out;
    }
}
