package cn.yibao.policy.enrollment;

/**
 * Marks a request as a child's first enrolment: for its birth year, or for the following year when
 * the newborn days cross the year end (§7: such a child enrols twice, once per policy year).
 *
 * @param bothYearsPaid both the birth year and the following year are paid in full (seed 000 §4)
 */
public record NewbornEnrolment(boolean bothYearsPaid) {}
