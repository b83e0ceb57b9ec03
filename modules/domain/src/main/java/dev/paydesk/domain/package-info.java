/** Paydesk's business model in plain Java: orders, tokens and the ports to the outside world. */
package dev.paydesk.domain;
