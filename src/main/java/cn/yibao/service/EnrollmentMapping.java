package cn.yibao.service;

import cn.yibao.persistence.EnrollmentEntity;
import cn.yibao.persistence.PersonEntity;
import cn.yibao.policy.model.Payer;
import cn.yibao.policy.model.Region;
import cn.yibao.policy.model.Scheme;

/** An enrollment decision as a row. */
final class EnrollmentMapping {

    private EnrollmentMapping() {}

    static EnrollmentEntity entity(
            EnrollCommand c, PersonEntity person, Region region, Scheme scheme, Payer payer, EnrollmentDecision d) {
        EnrollmentEntity e = new EnrollmentEntity();
        e.personId = person.id;
        e.region = region.code();
        e.year = c.year();
        e.scheme = scheme;
        e.category = d.category();
        e.amountDue = d.amountDue();
        e.payer = payer;
        e.paymentChannel = d.channel();
        e.familyPoolNetworkId = c.familyPoolNetworkId();
        e.paymentDate = c.paymentDate();
        e.backPaidYears = c.backPaidYears();
        e.inEnrollmentWindow = d.inWindow();
        e.fixedMonths = d.fixedMonths();
        e.variableMonths = d.variableMonths();
        e.benefitsStart = d.benefitsStart();
        e.benefitsEnd = d.benefitsEnd();
        e.continuousYears = d.continuousYears();
        e.continuousIncrement = d.continuousIncrement();
        e.zeroClaimIncrement = d.zeroClaimIncrement();
        e.incentiveTotal = d.incentiveTotal();
        e.effectiveCiCap = d.effectiveCiCap();
        e.projected = d.projected();
        return e;
    }
}
