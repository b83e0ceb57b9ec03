/** On-chain payments into an order, however Paydesk learns of them, each counted once. */
package dev.paydesk.domain.payment;
