package cn.yibao.policyfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yibao.policy.common.ErrorCode;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.PolicyException;
import cn.yibao.policy.model.Region;
import cn.yibao.policy.model.ResidentCategory;
import cn.yibao.policy.model.Scheme;
import cn.yibao.policy.parameters.PolicyCatalog;
import cn.yibao.policy.parameters.ResidentPolicy;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PolicyFilesTest {

    private final PolicyCatalog catalog = PolicyFileLoader.loadDefault();

    @Test
    void every_published_file_loads() {
        assertThat(catalog.publishedYears())
                .extracting(p -> p.key().toString())
                .containsExactly(
                        "ningbo/RESIDENT/2025",
                        "ningbo/RESIDENT/2026",
                        "ningbo/EMPLOYEE/2023",
                        "huaihua/RESIDENT/2026",
                        "shanghai/RESIDENT/2026");
        assertThat(catalog.supplementary(Region.NINGBO, 2025)).isPresent();
        assertThat(catalog.supplementary(Region.NINGBO, 2026)).isEmpty();
    }

    @Test
    void ningbo_2026_adult_contribution_is_800_citing_seed_000() {
        ResidentPolicy p = catalog.resident(Region.NINGBO, 2026);
        var adult = p.contribution().individual().get(ResidentCategory.ADULT);
        assertThat(adult.require("t")).isEqualTo(Money.of("800.00"));
        assertThat(adult.source().cite()).contains("2026年度宁波城乡居民医保参保缴费开启").contains("§4");
        assertThat(p.contribution().subsidy().get(ResidentCategory.ADULT).isPublished())
                .isFalse();
    }

    @Test
    void a_year_after_the_latest_is_a_projection_with_dates_moved_by_whole_years() {
        ResidentPolicy p = catalog.resident(Region.HUAIHUA, 2028);
        assertThat(p.projected()).isTrue();
        assertThat(p.projectedFrom()).isEqualTo(2026);
        assertThat(p.calendar().enrollmentCloses().require("t")).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(p.contribution()
                        .individual()
                        .get(ResidentCategory.ADULT)
                        .source()
                        .cite())
                .contains("projected from 2026");
    }

    @Test
    void a_year_before_the_first_is_not_published() {
        assertThatThrownBy(() -> catalog.at(Region.NINGBO, Scheme.RESIDENT, 2024))
                .isInstanceOfSatisfying(
                        PolicyException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.POLICY_NOT_PUBLISHED));
    }

    @Test
    void the_specification_citation_in_code_has_the_title_of_documents_yaml() {
        ResidentPolicy p = catalog.resident(Region.NINGBO, 2025);
        // tiers cite seed001 with decision P8; the repeat deductible of waiting cites "spec §4.1"
        assertThat(p.waiting().floorGapYears().source().title()).isEqualTo(cn.yibao.policy.common.Source.SPEC_TITLE);
    }
}
