/** Paydesk's use cases: each public service method is one unit of work over the domain. */
package dev.paydesk.application;
