package cn.yibao.service;

import cn.yibao.policy.common.Money;
import cn.yibao.policy.model.Region;
import cn.yibao.policy.model.ResidentCategory;
import java.time.LocalDate;

/**
 * Paying a relative's resident contribution for {@code year} from a family pool (SPEC §3.21,
 * §3.22, §7). {@code residentRegion}: where the relative is resident-insured for the year (the
 * enrolment's region; it decides the Zhejiang tax channel); {@code category}: the relative's
 * resident category that year (Shanghai's batch pays pupils and infants only);
 * {@code payerPersonId}: optional, must be the founder (only the founder funds);
 * {@code idempotencyKey}: optional; without one the relative's contribution for the year is the key.
 */
public record ContributionPaymentCommand(
        long networkId,
        Long payerPersonId,
        long relativePersonId,
        int year,
        Region residentRegion,
        ResidentCategory category,
        Money amount,
        LocalDate paymentDate,
        String idempotencyKey) {}
