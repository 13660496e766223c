/**
 * The counter screen of one step: the component the clerk works with, also used by the
 * designer's live preview so that head office sees exactly what the counter gets.
 */
@NamedInterface("counter")
package com.hallflow.flowdesign.counter;

import org.springframework.modulith.NamedInterface;
