package dev.paydesk.rest.checkout;

import dev.paydesk.application.order.CheckoutView;
import dev.paydesk.application.order.PaymentView;
import jakarta.ws.rs.core.UriBuilder;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A checkout as the shop and the buyer's page see it. Amounts are strings so that no JSON parser
 * rounds them, written without trailing zeros ("19.99", not the stored "19.990000000000000000").
 * Address fields are absent until the checkout can be paid.
 *
 * <p>The CCPayment order id and each payment's record id are public, like the checkout itself: they
 * are what a buyer quotes to support and what the merchant finds in CCPayment's dashboard, and they
 * grant nothing without the merchant's app secret.
 */
@Schema(description = "A checkout")
public record CheckoutResponse(
    @Schema(description = "Public, unguessable checkout id") String id,
    @Schema(
            description =
                "CREATING, GATEWAY_FAILED, AWAITING_PAYMENT, PAYMENT_DETECTED, UNDERPAID, PAID, OVERPAID, "
                    + "EXPIRED, EXPIRED_UNDERPAID, PAID_LATE or CANCELLED")
        String status,
    String merchantOrderId,
    String price,
    String currency,
    String tokenId,
    @Schema(description = "Crypto amount due") String cryptoAmount,
    @Schema(description = "Sum of confirmed payments") String amountPaid,
    @Schema(description = "What is still due (0 once paid)") String amountRemaining,
    String crypto,
    String network,
    String payAddress,
    @Schema(description = "Memo/tag the buyer must add on memo chains (XRP, TON)") String memo,
    String logo,
    @Schema(
            description =
                "CCPayment's order id, as its merchant dashboard shows it; absent for orders made"
                    + " with CCPayment API v2, which names an order by merchantOrderId alone")
        String ccpaymentOrderId,
    @Schema(
            description =
                "The CCPayment API version the order was made with (v1 or v2); it keeps it to the"
                    + " end. Nothing else in this document depends on it",
            enumeration = {"v1", "v2"})
        String ccpaymentApi,
    Instant createdAt,
    Instant updatedAt,
    Instant expiresAt,
    @Schema(description = "When the checkout expired, if it did") Instant expiredAt,
    URI qrUrl,
    URI statusUrl,
    @Schema(description = "The buyer's checkout page: send or link the buyer here") URI checkoutUrl,
    @Schema(description = "Where the checkout page sends the buyer back to the shop")
        String returnUrl,
    List<PaymentResponse> payments,
    @Schema(
            description =
                "false: made in sandbox (test) mode, no real money; true: by the real CCPayment")
        boolean livemode) {

  /** One on-chain payment; only {@code SUCCESS} ones count towards {@code amountPaid}. */
  public record PaymentResponse(
      @Schema(description = "CCPayment's record id, as its merchant dashboard shows it")
          String recordId,
      String txid,
      String amount,
      String status,
      Instant detectedAt,
      Instant updatedAt) {

    static PaymentResponse of(PaymentView payment) {
      return new PaymentResponse(
          payment.recordId(),
          payment.txid(),
          plain(payment.amount()),
          payment.status().name(),
          payment.detectedAt(),
          payment.updatedAt());
    }
  }

  static String plain(BigDecimal amount) {
    return amount == null ? null : amount.stripTrailingZeros().toPlainString();
  }

  /**
   * @param apiBase the API's root ({@code <public-url>/api/}), which the links are made from
   * @param livemode whether the real CCPayment made it (false in sandbox mode)
   */
  static CheckoutResponse of(CheckoutView checkout, URI apiBase, boolean livemode) {
    String id = checkout.id();
    boolean payable = checkout.payable();
    return new CheckoutResponse(
        id,
        checkout.status().name(),
        checkout.merchantOrderId(),
        checkout.price().toPlainString(),
        checkout.currency(),
        checkout.tokenId(),
        plain(checkout.cryptoAmount()),
        plain(checkout.amountPaid()),
        plain(checkout.amountRemaining()),
        checkout.crypto(),
        checkout.network(),
        checkout.payAddress(),
        checkout.memo(),
        checkout.logo(),
        checkout.gatewayOrderId(),
        checkout.gatewayApi(),
        checkout.createdAt(),
        checkout.updatedAt(),
        checkout.expiresAt(),
        checkout.expiredAt(),
        payable ? UriBuilder.fromUri(apiBase).path("v1/checkouts/{id}/qr").build(id) : null,
        UriBuilder.fromUri(apiBase).path("v1/checkouts/{id}").build(id),
        UriBuilder.fromUri(apiBase.resolve("../pay/")).path("{id}").build(id),
        checkout.returnUrl(),
        checkout.payments().stream().map(PaymentResponse::of).toList(),
        livemode);
  }
}
