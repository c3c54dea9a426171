package org.decompress.plan;

/** PLAN: exercises to do. REFER: no exercises; see someone first. */
public enum PlanStatus {
    PLAN, REFER
}
