/**
 * Readiness: one check ({@code paydesk}) that asks every adapter's probe. The server registers
 * checks one at a time while the application starts, and was seen answering UP with the gateway's
 * check alone, the database's still missing; a single check cannot be half there.
 */
package dev.paydesk.application.health;
