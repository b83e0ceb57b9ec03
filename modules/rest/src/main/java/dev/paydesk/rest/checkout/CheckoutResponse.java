package dev.paydesk.rest.checkout;

import dev.paydesk.domain.order.Order;
import dev.paydesk.domain.payment.Payment;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A checkout as the shop and the buyer's page see it. Amounts are strings so that no JSON parser
 * rounds them, written without trailing zeros ("19.99", not the stored "19.990000000000000000").
 * Address fields are absent until the checkout can be paid.
 */
@Schema(description = "A checkout")
public record CheckoutResponse(
    @Schema(description = "Public, unguessable checkout id") String id,
    @Schema(
            description =
                "CREATING, GATEWAY_FAILED, AWAITING_PAYMENT, PAYMENT_DETECTED, UNDERPAID, PAID, OVERPAID, "
                    + "EXPIRED, EXPIRED_UNDERPAID or PAID_LATE")
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
    Instant createdAt,
    Instant expiresAt,
    URI qrUrl,
    URI statusUrl,
    List<PaymentView> payments) {

  /** One on-chain payment; only {@code SUCCESS} ones count towards {@code amountPaid}. */
  public record PaymentView(
      String txid, String amount, String status, Instant detectedAt, Instant updatedAt) {

    static PaymentView of(Payment payment) {
      return new PaymentView(
          payment.txid().orElse(null),
          payment.amount().map(CheckoutResponse::plain).orElse(null),
          payment.status().name(),
          payment.firstSeenAt(),
          payment.updatedAt());
    }
  }

  static String plain(BigDecimal amount) {
    return amount.stripTrailingZeros().toPlainString();
  }

  static CheckoutResponse of(Order order, UriInfo uri) {
    String id = order.publicId().value();
    boolean payable = order.status().isPayable();
    return new CheckoutResponse(
        id,
        order.status().name(),
        order.merchantOrderId(),
        order.price().toPlainString(),
        order.currency(),
        order.tokenId(),
        order.cryptoAmount().map(CheckoutResponse::plain).orElse(null),
        order.status().hasGatewayOrder() ? plain(order.amountPaid()) : null,
        order.amountRemaining().map(CheckoutResponse::plain).orElse(null),
        order.crypto().orElse(null),
        order.network().orElse(null),
        order.payAddress().orElse(null),
        order.memo().orElse(null),
        order.logo().orElse(null),
        order.createdAt(),
        order.expiresAt().orElse(null),
        payable ? uri.getBaseUriBuilder().path("v1/checkouts/{id}/qr").build(id) : null,
        uri.getBaseUriBuilder().path("v1/checkouts/{id}").build(id),
        order.payments().stream().map(PaymentView::of).toList());
  }
}
