/** Refusing to start when the configuration would make Paydesk take orders it cannot honour. */
package dev.paydesk.application.startup;
