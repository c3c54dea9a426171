package org.decompress.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
/** PLAN: exercises to do. REFER: no exercises; see someone first. */
@Schema(description = "PLAN: exercises to do. REFER: no exercises; see someone first.")
public enum PlanStatus {
    PLAN, REFER
}
