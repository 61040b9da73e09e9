package cn.yibao.service;

import cn.yibao.policy.model.CareType;
import cn.yibao.policy.model.HospitalLevel;
import cn.yibao.policy.model.OutpatientProgram;
import cn.yibao.policy.model.ServiceLocation;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A claim as the API received it (amounts not yet validated). */
public record ClaimCommand(
        String personId,
        LocalDate serviceDate,
        CareType careType,
        HospitalLevel hospitalLevel,
        ServiceLocation location,
        BigDecimal inScopeCost,
        BigDecimal preSelfPay,
        BigDecimal selfPaidCost,
        Boolean chronicDisease,
        OutpatientProgram outpatientProgram,
        BigDecimal specialDrugCost,
        BigDecimal protonHeavyIonCost,
        String idempotencyKey) {}
