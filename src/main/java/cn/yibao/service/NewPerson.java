package cn.yibao.service;

import cn.yibao.policy.common.Money;
import cn.yibao.policy.model.AssistanceStatus;
import cn.yibao.policy.model.EmploymentStatus;
import cn.yibao.policy.model.Residency;
import cn.yibao.policy.model.StudentStatus;

/** What registering a person needs; the birth date and sex are read from the national ID. */
public record NewPerson(
        String name,
        String nationalId,
        String region,
        Residency residency,
        StudentStatus studentStatus,
        AssistanceStatus assistanceStatus,
        EmploymentStatus employment,
        Money monthlyContributionBase,
        Money historicalAccountBalance) {}
