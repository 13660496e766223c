/**
 * Shared kernel open to every module: entity base class, clock, translations, audit log and
 * small UI helpers.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.hallflow.base;
