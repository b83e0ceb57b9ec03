/** Ending unpaid orders once their pay address has expired, after asking the gateway about them. */
package dev.paydesk.application.expiry;
