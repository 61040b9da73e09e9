package cn.yibao.policy.claim;

import cn.yibao.policy.common.Money;
import cn.yibao.policy.model.HospitalLevel;
import cn.yibao.policy.model.OutpatientProgram;
import cn.yibao.policy.model.Responsibility;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A person's year-to-date accumulators for one policy year (SPEC §3.5–§3.19). Immutable: each
 * adjudication returns a new one. Covered claims only enter them (P22).
 *
 * @param outpatientCost     Ningbo resident cumulative outpatient E (the 5,000 rule)
 * @param programPaid        Huaihua fund paid per outpatient programme
 * @param inpatientCost      cumulative inpatient E (resident and employee cumulative bands)
 * @param deductibleLevel    highest deductible reached this year (D3)
 * @param deductiblePaid     deductibles borne this year
 * @param admissions         Huaihua admissions per level (repeat deductible)
 * @param inpatientFundPaid  Huaihua inpatient fund payments (150,000 limit)
 * @param ciBase             CI axis: Huaihua in-scope burden B, employee compliant cost K
 * @param ciPaid             CI paid this year
 * @param supplementaryBase  天一甬宁保 cumulative base per responsibility
 * @param supplementaryPaid  天一甬宁保 paid per responsibility
 * @param basicPaid          everything the basic fund paid this year (zero-claim incentive)
 * @param currentAccount     employee current-year account balance (当年账户)
 * @param selfPayCum         employee outpatient self-pay segment used this year
 */
public record YearToDate(
        Money outpatientCost,
        Map<OutpatientProgram, Money> programPaid,
        Money inpatientCost,
        Money deductibleLevel,
        Money deductiblePaid,
        Map<HospitalLevel, Integer> admissions,
        Money inpatientFundPaid,
        Money ciBase,
        Money ciPaid,
        Map<Responsibility, Money> supplementaryBase,
        Map<Responsibility, Money> supplementaryPaid,
        Money basicPaid,
        Money currentAccount,
        Money selfPayCum) {

    public static final YearToDate EMPTY = new YearToDate(
            Money.ZERO,
            Map.of(),
            Money.ZERO,
            Money.ZERO,
            Money.ZERO,
            Map.of(),
            Money.ZERO,
            Money.ZERO,
            Money.ZERO,
            Map.of(),
            Map.of(),
            Money.ZERO,
            Money.ZERO,
            Money.ZERO);

    public YearToDate {
        Objects.requireNonNull(outpatientCost);
        Objects.requireNonNull(inpatientCost);
        Objects.requireNonNull(deductibleLevel);
        Objects.requireNonNull(deductiblePaid);
        Objects.requireNonNull(inpatientFundPaid);
        Objects.requireNonNull(ciBase);
        Objects.requireNonNull(ciPaid);
        Objects.requireNonNull(basicPaid);
        Objects.requireNonNull(currentAccount);
        Objects.requireNonNull(selfPayCum);
        programPaid = Map.copyOf(programPaid);
        admissions = Map.copyOf(admissions);
        supplementaryBase = Map.copyOf(supplementaryBase);
        supplementaryPaid = Map.copyOf(supplementaryPaid);
    }

    /** An empty year for an employee whose current-year account holds {@code account}. */
    public static YearToDate withCurrentAccount(Money account) {
        return EMPTY.toBuilder().currentAccount(account).build();
    }

    public Money programPaid(OutpatientProgram p) {
        return programPaid.getOrDefault(p, Money.ZERO);
    }

    public int admissions(HospitalLevel l) {
        return admissions.getOrDefault(l, 0);
    }

    public Money supplementaryBase(Responsibility r) {
        return supplementaryBase.getOrDefault(r, Money.ZERO);
    }

    public Money supplementaryPaid(Responsibility r) {
        return supplementaryPaid.getOrDefault(r, Money.ZERO);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Mutable copy for one adjudication; {@link #build()} freezes it. */
    public static final class Builder {
        private Money outpatientCost;
        private final Map<OutpatientProgram, Money> programPaid = new EnumMap<>(OutpatientProgram.class);
        private Money inpatientCost;
        private Money deductibleLevel;
        private Money deductiblePaid;
        private final Map<HospitalLevel, Integer> admissions = new EnumMap<>(HospitalLevel.class);
        private Money inpatientFundPaid;
        private Money ciBase;
        private Money ciPaid;
        private final Map<Responsibility, Money> supplementaryBase = new EnumMap<>(Responsibility.class);
        private final Map<Responsibility, Money> supplementaryPaid = new EnumMap<>(Responsibility.class);
        private Money basicPaid;
        private Money currentAccount;
        private Money selfPayCum;

        private Builder(YearToDate y) {
            outpatientCost = y.outpatientCost;
            programPaid.putAll(y.programPaid);
            inpatientCost = y.inpatientCost;
            deductibleLevel = y.deductibleLevel;
            deductiblePaid = y.deductiblePaid;
            admissions.putAll(y.admissions);
            inpatientFundPaid = y.inpatientFundPaid;
            ciBase = y.ciBase;
            ciPaid = y.ciPaid;
            supplementaryBase.putAll(y.supplementaryBase);
            supplementaryPaid.putAll(y.supplementaryPaid);
            basicPaid = y.basicPaid;
            currentAccount = y.currentAccount;
            selfPayCum = y.selfPayCum;
        }

        public Builder outpatientCost(Money v) {
            outpatientCost = v;
            return this;
        }

        public Builder programPaid(OutpatientProgram p, Money v) {
            programPaid.put(p, v);
            return this;
        }

        public Builder inpatientCost(Money v) {
            inpatientCost = v;
            return this;
        }

        public Builder deductibleLevel(Money v) {
            deductibleLevel = v;
            return this;
        }

        public Builder deductiblePaid(Money v) {
            deductiblePaid = v;
            return this;
        }

        public Builder admissions(HospitalLevel l, int n) {
            admissions.put(l, n);
            return this;
        }

        public Builder inpatientFundPaid(Money v) {
            inpatientFundPaid = v;
            return this;
        }

        public Builder ciBase(Money v) {
            ciBase = v;
            return this;
        }

        public Builder ciPaid(Money v) {
            ciPaid = v;
            return this;
        }

        public Builder supplementaryBase(Responsibility r, Money v) {
            supplementaryBase.put(r, v);
            return this;
        }

        public Builder supplementaryPaid(Responsibility r, Money v) {
            supplementaryPaid.put(r, v);
            return this;
        }

        public Builder basicPaid(Money v) {
            basicPaid = v;
            return this;
        }

        public Builder currentAccount(Money v) {
            currentAccount = v;
            return this;
        }

        public Builder selfPayCum(Money v) {
            selfPayCum = v;
            return this;
        }

        public YearToDate build() {
            return new YearToDate(
                    outpatientCost,
                    programPaid,
                    inpatientCost,
                    deductibleLevel,
                    deductiblePaid,
                    admissions,
                    inpatientFundPaid,
                    ciBase,
                    ciPaid,
                    supplementaryBase,
                    supplementaryPaid,
                    basicPaid,
                    currentAccount,
                    selfPayCum);
        }
    }
}
