/**
 * The pure-Java policy core: every rule of the policy documents as small, named, pure functions.
 *
 * <p>Classes here depend only on {@code java.*} and on this package tree (no Quarkus, JPA, Jakarta,
 * Jackson or logging); {@code cn.yibao.ArchitectureTest} enforces it. No rule reads the wall clock:
 * the business date is always an argument. No rule contains a number or a date of the policy
 * documents: those come from the dated parameter files under {@code src/main/resources/policy}.
 */
package cn.yibao.policy;
