package dev.paydesk.rest.checkout;

import dev.paydesk.application.order.CheckoutView;
import dev.paydesk.application.order.PaymentView;
import jakarta.ws.rs.core.UriBuilder;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * A checkout as the shop and the buyer's page see it. Amounts are strings so that no JSON parser
 * rounds them, written without trailing zeros ("19.99", not the stored "19.990000000000000000").
 * Address fields are absent until the checkout can be paid.
 *
 * <p>The CCPayment order id and each payment's record id are public, like the checkout itself: they
 * are what a buyer quotes to support and what the merchant finds in CCPayment's dashboard, and they
 * grant nothing without the merchant's app secret.
 */
public record CheckoutResponse(
    String id,
    String status,
    String merchantOrderId,
    String price,
    String currency,
    String tokenId,
    String cryptoAmount,
    String amountPaid,
    String amountRemaining,
    String crypto,
    String network,
    String payAddress,
    String memo,
    String logo,
    String ccpaymentOrderId,
    String ccpaymentApi,
    Instant createdAt,
    Instant updatedAt,
    Instant expiresAt,
    Instant expiredAt,
    URI qrUrl,
    URI statusUrl,
    URI checkoutUrl,
    String returnUrl,
    List<PaymentResponse> payments,
    boolean livemode) {

  /** One on-chain payment; only {@code SUCCESS} ones count towards {@code amountPaid}. */
  public record PaymentResponse(
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
