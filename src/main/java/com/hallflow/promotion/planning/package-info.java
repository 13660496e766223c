/**
 * The planning pieces of promotion's rollout dialog that other modules' planners reuse:
 * the stages-and-exclusions editor and the words for what a stage reaches (module
 * variant's rollouts of flow versions speak the same planning vocabulary).
 */
@NamedInterface("planning")
package com.hallflow.promotion.planning;

import org.springframework.modulith.NamedInterface;
