/** Shop API keys: bearer tokens from configuration, compared in constant time, never logged. */
package dev.paydesk.rest.security;
