/** Tokens (a coin on one network) a buyer can pay with. */
package dev.paydesk.domain.token;
