/**
 * The run side: guided service sessions at the counter. The run engine is a pure state
 * machine over a published flow document (architecture §2).
 */
package com.hallflow.flowexecution;
