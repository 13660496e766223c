/**
 * Value-added packages (增值业务) and their rollouts to regions and branches on a schedule; the
 * offers a clerk makes at a step are resolved by a pure function over an in-memory index
 * (architecture §5).
 */
package com.hallflow.promotion;
