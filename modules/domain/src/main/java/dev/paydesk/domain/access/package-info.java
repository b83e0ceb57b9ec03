/** Shop API keys made in the console. */
package dev.paydesk.domain.access;
