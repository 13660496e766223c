/**
 * Insight: service-quality figures and staff assessment (业务考核) read from rollups kept
 * when a session ends, never from raw step rows.
 */
package com.hallflow.insight;
