package cn.yibao.api.types;

import cn.yibao.persistence.SupplementaryEnrollmentEntity;
import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("SupplementaryEnrollment")
@Description("A year of 天一甬宁保: a real enrollment with its premium, or a record of a prior year's enrollment.")
public record SupplementaryEnrollmentView(
        int year,
        boolean preExistingCondition,
        @Description("Null for a record-only year") BigDecimal premium,
        @Description("Recorded for continuity only: no premium, no benefits") boolean recordOnly) {

    public static SupplementaryEnrollmentView from(SupplementaryEnrollmentEntity e) {
        return new SupplementaryEnrollmentView(
                e.year, e.preExisting, e.premium == null ? null : e.premium.yuan(), e.recordOnly);
    }
}
