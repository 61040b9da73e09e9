package cn.yibao.policy.parameters;

import cn.yibao.policy.common.Bands;
import cn.yibao.policy.common.Money;
import cn.yibao.policy.common.Nullable;
import cn.yibao.policy.model.AssistanceStatus;
import java.util.List;

/** The structure of critical-illness insurance (大病保险); the file's {@code model} key picks one. */
public sealed interface CriticalIllness permits CriticalIllness.ExcessBands, CriticalIllness.CompliantCostBands {

    /** Huaihua (D8): bands on the excess of the cumulative in-scope burden over a deductible. */
    record ExcessBands(Terms ordinary, Terms special, List<AssistanceStatus> specialGroups) implements CriticalIllness {
        public ExcessBands {
            specialGroups = List.copyOf(specialGroups);
        }
    }

    /** {@code cap} null = no annual cap (取消支付限额). */
    record Terms(Money deductible, Bands bands, @Nullable Money cap) {}

    /** Ningbo employees (D10): absolute bands on the cumulative compliant cost. */
    record CompliantCostBands(Bands bands) implements CriticalIllness {}
}
