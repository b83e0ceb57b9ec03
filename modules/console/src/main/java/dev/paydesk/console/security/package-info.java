/**
 * Signing in to the console: the form mechanism, the identity store, headers, the signed-in user.
 */
package dev.paydesk.console.security;
