package dev.paydesk.domain.order;

/** Where an order stands. Only {@link #AWAITING_PAYMENT} shows a buyer an address to pay. */
public enum OrderStatus {
  /** Stored, the gateway has not (yet) answered: nothing to pay. */
  CREATING,
  /** The gateway refused or could not be reached: nothing to pay; the shop may retry. */
  GATEWAY_FAILED,
  /** The gateway assigned a pay address; waiting for the buyer. */
  AWAITING_PAYMENT;

  public boolean isPayable() {
    return this == AWAITING_PAYMENT;
  }
}
