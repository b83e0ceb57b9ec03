/** The payment order aggregate: what a shop asked for, what the gateway assigned, and its state. */
package dev.paydesk.domain.order;
