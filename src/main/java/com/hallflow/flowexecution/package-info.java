/**
 * The run side: guided service sessions at the counter. The run engine is a pure state
 * machine over a published flow document (docs/architecture.md §4, §5).
 */
package com.hallflow.flowexecution;
