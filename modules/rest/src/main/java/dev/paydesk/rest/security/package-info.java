/**
 * Shop API keys (bearer tokens from configuration, compared in constant time, never logged) and the
 * guard of the sandbox's control API (a shop key or a signed-in operator).
 */
package dev.paydesk.rest.security;
