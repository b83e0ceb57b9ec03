package dev.paydesk.domain.payment;

/** Who or what caused a change to an order. */
public enum EventSource {
  WEBHOOK,
  RECONCILIATION,
  TIMER,
  SHOP,
  MERCHANT,
  /** The buyer, on the pay page ("I already paid"). */
  BUYER
}
