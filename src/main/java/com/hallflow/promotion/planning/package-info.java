/**
 * The planning pieces of promotion's rollouts that other modules' planners reuse: the
 * stages-and-exclusions editor, the words for what a stage reaches, and a plan's target
 * rows and checks (module variant's rollouts of flow versions speak the same planning
 * vocabulary and keep their stages in a table of the same shape).
 */
@NamedInterface("planning")
package com.hallflow.promotion.planning;

import org.springframework.modulith.NamedInterface;
