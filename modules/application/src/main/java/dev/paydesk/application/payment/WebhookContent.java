package dev.paydesk.application.payment;

import dev.paydesk.domain.payment.PaymentReport;
import dev.paydesk.domain.payment.ReportedAsset;

/** What a verified webhook says, as Paydesk reads it: a payment to apply, or nothing. */
public sealed interface WebhookContent {

  /** Which order it is about (it may name none Paydesk knows). */
  WebhookTarget target();

  /**
   * A transaction into an order: applied through the order's payment rules, once its asset is the
   * order's.
   *
   * @param asset the crypto, chain, contract and order amount the webhook states
   */
  record PaymentReported(WebhookTarget target, PaymentReport report, ReportedAsset asset)
      implements WebhookContent {

    public PaymentReported {
      asset = asset == null ? ReportedAsset.UNKNOWN : asset;
    }

    public PaymentReported(WebhookTarget target, PaymentReport report) {
      this(target, report, ReportedAsset.UNKNOWN);
    }
  }

  /**
   * A payment CCPayment flagged as risky ({@code isFlaggedAsRisky}, v2): it does not credit it to
   * the merchant, so neither does Paydesk. The order goes to the "to review" queue and the shop
   * hears nothing until a person decides.
   */
  record HeldAsRisky(WebhookTarget target, PaymentReport report, ReportedAsset asset)
      implements WebhookContent {}

  /** Verified, but nothing Paydesk acts on (another order type, no usable transaction). */
  record Ignored(WebhookTarget target, String because) implements WebhookContent {}
}
