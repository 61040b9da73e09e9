package cn.yibao.policy.enrollment;

import cn.yibao.policy.model.ResidentCategory;
import cn.yibao.policy.model.StudentStatus;
import cn.yibao.policy.parameters.ResidentPolicy;
import java.time.LocalDate;
import java.time.Period;

/**
 * Resident category (SPEC §3.1.1, P1, P2): school registration overrides age; otherwise the age in
 * completed years on the base date, the day before the policy year's benefit start (31 December of Y−1).
 */
public final class CategoryRules {

    private CategoryRules() {}

    public static ResidentCategory category(ResidentPolicy terms, LocalDate birthDate, StudentStatus student) {
        return category(terms, birthDate, student, Lines.discard(terms));
    }

    /** The day on which age is measured: the day before {@code calendar.benefitStart}. */
    public static LocalDate baseDate(ResidentPolicy terms) {
        return terms.calendar().benefitStart().require("category.base-date").minusDays(1);
    }

    /** Completed years on the base date; 0 for a person born after it. */
    public static int ageOnBaseDate(ResidentPolicy terms, LocalDate birthDate) {
        LocalDate base = baseDate(terms);
        return birthDate.isAfter(base) ? 0 : Period.between(birthDate, base).getYears();
    }

    static ResidentCategory category(ResidentPolicy terms, LocalDate birthDate, StudentStatus student, Lines out) {
        StudentStatus s = student == null ? StudentStatus.NONE : student;
        if (s == StudentStatus.PRIMARY_SECONDARY || s == StudentStatus.COLLEGE) {
            ResidentCategory c = s == StudentStatus.COLLEGE
                    ? ResidentCategory.COLLEGE_STUDENT
                    : ResidentCategory.PRIMARY_SECONDARY_STUDENT;
            out.note(
                    "category.student",
                    "school registration " + s + " gives category " + c,
                    terms.categoryAges().source());
            return c;
        }
        ResidentPolicy.CategoryAges ages = terms.categoryAges().require("category.base-date");
        int age = ageOnBaseDate(terms, birthDate);
        ResidentCategory c = age < ages.infantBelowAge()
                ? ResidentCategory.INFANT
                : age <= ages.minorMaxAge() ? ResidentCategory.OTHER_MINOR : ResidentCategory.ADULT;
        out.note(
                "category.base-date",
                "age " + age + " on the base date " + baseDate(terms) + " gives category " + c + " (infant below "
                        + ages.infantBelowAge() + ", minor up to " + ages.minorMaxAge() + ")",
                terms.categoryAges().source());
        return c;
    }
}
