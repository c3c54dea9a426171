package org.decompress.web;

import org.decompress.plan.Plan;

/** What the plan and referral pages show: the plan and the link that brings it back. */
public record PlanPage(Plan plan, String link, String changeLink) {
}
