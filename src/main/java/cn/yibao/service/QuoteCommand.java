package cn.yibao.service;

import cn.yibao.policy.model.AssistanceStatus;
import cn.yibao.policy.model.Residency;
import cn.yibao.policy.model.StudentStatus;
import java.time.LocalDate;
import java.util.List;

/** A what-if contribution quote: a person like this, paying on this date. */
public record QuoteCommand(
        String region,
        int year,
        LocalDate birthDate,
        LocalDate paymentDate,
        Residency residency,
        StudentStatus studentStatus,
        AssistanceStatus assistanceStatus,
        List<Integer> insuredYears,
        List<Integer> employeeYears,
        List<Integer> zeroClaimYears,
        int backPaidYears) {}
