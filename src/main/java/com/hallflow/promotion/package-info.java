/**
 * Value-added packages (增值业务) and their rollouts to regions and branches on a schedule;
 * the offers a clerk makes at a step are resolved by a pure function over an in-memory
 * index (docs/architecture.md §8).
 */
package com.hallflow.promotion;
