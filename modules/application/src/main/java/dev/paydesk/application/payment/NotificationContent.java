package dev.paydesk.application.payment;

import dev.paydesk.domain.payment.PaymentReport;

/** What a verified notification says, as Paydesk reads it: a payment to apply, or nothing. */
public sealed interface NotificationContent {

  /** Which order it is about (it may name none Paydesk knows). */
  NotificationTarget target();

  /** A transaction into an order: applied through the order's payment rules. */
  record PaymentReported(NotificationTarget target, PaymentReport report)
      implements NotificationContent {}

  /** Verified, but nothing Paydesk acts on (another order type, no usable transaction). */
  record Ignored(NotificationTarget target, String because) implements NotificationContent {}
}
