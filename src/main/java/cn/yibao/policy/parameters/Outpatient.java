package cn.yibao.policy.parameters;

import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.Rate;
import cn.yibao.policy.model.HospitalLevel;
import cn.yibao.policy.model.OutpatientProgram;
import cn.yibao.policy.model.OutpatientStatus;
import cn.yibao.policy.model.RateTier;
import java.util.List;
import java.util.Map;

/** The structure of an outpatient benefit; the file's {@code model} key picks one. */
public sealed interface Outpatient permits Outpatient.CumulativeLimit, Outpatient.Programmes, Outpatient.Segments {

    /** Ningbo residents (D4): the fund pays a tier ratio while cumulative annual cost ≤ limit. */
    record CumulativeLimit(Money limit, Map<RateTier, Rate> ratio, Rate communityChronicRatio) implements Outpatient {
        public CumulativeLimit {
            ratio = Map.copyOf(ratio);
        }
    }

    /** Huaihua (SPEC §3.6): programmes with a ratio and an annual fund cap, at the listed levels only (P11). */
    record Programmes(Map<OutpatientProgram, Programme> programmes, List<HospitalLevel> levels) implements Outpatient {
        public Programmes {
            programmes = Map.copyOf(programmes);
            levels = List.copyOf(levels);
        }
    }

    record Programme(Rate rate, Money cap) {}

    /** Ningbo employees (SPEC §3.16): account segment, yearly self-pay segment, co-payment segment. */
    record Segments(
            int ageThreshold,
            Map<OutpatientStatus, Money> selfPayThreshold,
            Map<OutpatientStatus, Map<RateTier, Rate>> fundRatio)
            implements Outpatient {
        public Segments {
            selfPayThreshold = Map.copyOf(selfPayThreshold);
            fundRatio = Map.copyOf(fundRatio);
        }
    }
}
