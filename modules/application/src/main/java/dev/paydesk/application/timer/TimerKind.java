package dev.paydesk.application.timer;

/** The timers of the money path; each is one use case run with the current instant. */
public enum TimerKind {
  /** Expires unpaid orders ({@code paydesk.expiry.every}). */
  UNPAID_ORDER_EXPIRY,
  /**
   * Looks up payments whose webhooks were missed, and the withdrawals of refunds in flight ({@code
   * paydesk.reconciliation.every}).
   */
  RECONCILIATION,
  /** Delivers due events to the shop backend ({@code paydesk.shop-events.every}). */
  SHOP_EVENT_DELIVERY,
  /** Prunes the webhook log ({@code paydesk.webhook.retention-every}). */
  WEBHOOK_LOG_RETENTION
}
