/**
 * Flow design: templates and their immutable numbered versions, the definition document,
 * its validation, the script library, diffs and the JSON import/export format.
 */
package com.hallflow.flowdesign;
