/** The console's first page: recent figures, a 30-day chart and what needs attention. */
package dev.paydesk.console.dashboard;
