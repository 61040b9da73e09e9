package cn.yibao.policy.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibao.policy.model.Region;
import cn.yibao.policy.model.ResidentCategory;
import cn.yibao.policy.model.StudentStatus;
import cn.yibao.policy.parameters.PolicyCatalog;
import cn.yibao.policyfiles.PolicyFileLoader;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CategoryRulesTest {

    private static final PolicyCatalog CATALOG = PolicyFileLoader.loadDefault();

    @ParameterizedTest(name = "Ningbo {0}: born {1} with student status {2} is {3}")
    @CsvSource(
            textBlock =
                    """
            # SPEC §3.1.1 boundaries of the 2025 table (base date 2024-12-31)
            2025, 2019-01-01, NONE, INFANT
            2025, 2018-12-31, NONE, OTHER_MINOR
            2025, 2006-01-01, NONE, OTHER_MINOR
            2025, 2005-12-31, NONE, ADULT
            2025, 2024-12-31, NONE, INFANT
            2025, 2025-06-01, NONE, INFANT
            # P1: 2026 (base date 2025-12-31)
            2026, 2020-01-01, NONE, INFANT
            2026, 2019-12-31, NONE, OTHER_MINOR
            2026, 2007-01-01, NONE, OTHER_MINOR
            2026, 2006-12-31, NONE, ADULT
            # P2: school registration overrides age
            2026, 2020-01-01, PRIMARY_SECONDARY, PRIMARY_SECONDARY_STUDENT
            2026, 1990-01-01, COLLEGE, COLLEGE_STUDENT
            """)
    void the_category_follows_the_age_on_the_day_before_the_policy_year(
            int year, LocalDate birth, StudentStatus student, ResidentCategory expected) {
        assertThat(CategoryRules.category(CATALOG.resident(Region.NINGBO, year), birth, student))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "the base date of {0} {1} is {2}")
    @CsvSource(
            textBlock =
                    """
            NINGBO,  2025, 2024-12-31
            NINGBO,  2026, 2025-12-31
            HUAIHUA, 2026, 2025-12-31
            HUAIHUA, 2029, 2028-12-31
            """)
    void the_base_date_is_the_day_before_the_benefit_start(Region region, int year, LocalDate expected) {
        assertThat(CategoryRules.baseDate(CATALOG.resident(region, year))).isEqualTo(expected);
    }
}
