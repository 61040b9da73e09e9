package cn.yibao.policy.model;

/** Employee outpatient status on the service date (P10): in service under 45, in service 45 and over, retired. */
public enum OutpatientStatus {
    UNDER_45,
    FROM_45,
    RETIRED
}
