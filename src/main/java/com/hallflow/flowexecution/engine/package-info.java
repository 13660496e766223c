/**
 * The run engine: a pure state machine over published flow documents
 * (docs/architecture.md). Internal to the flowexecution module; other modules see
 * sessions only through its services.
 */
package com.hallflow.flowexecution.engine;
