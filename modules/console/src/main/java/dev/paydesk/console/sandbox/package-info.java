/** The console's sandbox controls (sandbox mode only): simulated buyers and gateway faults. */
package dev.paydesk.console.sandbox;
