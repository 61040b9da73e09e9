package cn.yibao.service;

import cn.yibao.policy.model.Payer;
import cn.yibao.policy.model.Scheme;
import java.time.LocalDate;

/** An enrollment request as the API received it (SPEC §7: the payment date is the business date). */
public record EnrollCommand(
        long personId,
        String region,
        int year,
        Scheme scheme,
        LocalDate paymentDate,
        Payer payer,
        Long familyPoolNetworkId,
        int backPaidYears,
        String idempotencyKey) {}
