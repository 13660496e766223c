/** Demo data for the embedded default profile only; never active in production. */
package com.hallflow.demo;
