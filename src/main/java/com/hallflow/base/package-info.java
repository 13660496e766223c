/**
 * Shared kernel open to every module: entity base class, clock, translations, audit log
 * and small UI helpers.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package com.hallflow.base;

import org.springframework.modulith.ApplicationModule;
