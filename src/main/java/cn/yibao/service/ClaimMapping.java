package cn.yibao.service;

import cn.yibao.persistence.ClaimEntity;
import cn.yibao.policy.claim.Adjudication;
import cn.yibao.policy.claim.ClaimFacts;
import cn.yibao.policy.common.Layer;
import java.util.stream.Collectors;

/** An adjudicated claim as a row. */
final class ClaimMapping {

    private ClaimMapping() {}

    static ClaimEntity entity(long personId, ClaimSetup setup, ClaimFacts f, Adjudication a) {
        ClaimEntity c = new ClaimEntity();
        c.personId = personId;
        c.enrollmentId = setup.enrollment() == null ? null : setup.enrollment().id;
        c.policyYear = setup.year();
        c.scheme = setup.scheme();
        c.serviceDate = f.serviceDate();
        c.careType = f.careType();
        c.hospitalLevel = f.level();
        c.location = f.location();
        c.inScopeCost = f.inScopeCost();
        c.preSelfPay = f.preSelfPay();
        c.selfPaidCost = f.selfPaidCost();
        c.specialDrugCost = f.specialDrugCost();
        c.protonHeavyIon = f.protonHeavyIonCost();
        c.chronicDisease = f.chronicDisease();
        c.outpatientProgram = f.program();
        c.totalCost = a.totalCost();
        c.personalAccount = a.personalAccount();
        c.basicFund = a.basic();
        c.criticalIllness = a.criticalIllness();
        c.supplementary = a.supplementary();
        c.familyPool = a.familyPool();
        c.personal = a.personal();
        c.incompleteLayers = a.incomplete().stream().map(Layer::id).sorted().collect(Collectors.joining(","));
        return c;
    }
}
