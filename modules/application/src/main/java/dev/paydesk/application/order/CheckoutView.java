package dev.paydesk.application.order;

import dev.paydesk.domain.order.Order;
import dev.paydesk.domain.order.OrderStatus;
import dev.paydesk.domain.order.PayInstructions;
import dev.paydesk.domain.order.ReviewFlag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A checkout as the shop, the buyer's page and the console see it. Gateway fields are null until
 * the gateway has made the order; amounts are exact.
 *
 * @param gatewayOrderId CCPayment's order id: how its dashboard names the order (v1; v2 has none)
 * @param chain the chain as CCPayment names it ({@code TRX}, {@code ETH}), when it said
 * @param contract the token's contract on it, null for the chain's own coin
 * @param gatewayApi the CCPayment API version that made (or makes) it: {@code v1} or {@code v2}
 * @param amountPaid sum of confirmed payments (null before the gateway set an amount)
 * @param amountRemaining what is still due, zero once paid (null before the gateway set an amount)
 * @param reviewReason what a person must look into (the console's "to review"), null for nothing;
 *     never shown to shops or buyers
 * @param cancellable whether the merchant may cancel it now (the order's own rule: awaiting
 *     payment, nothing paid nor on its way)
 */
public record CheckoutView(
    String id,
    OrderStatus status,
    String merchantOrderId,
    BigDecimal price,
    String currency,
    String tokenId,
    String remark,
    String returnUrl,
    BigDecimal cryptoAmount,
    BigDecimal amountPaid,
    BigDecimal amountRemaining,
    String crypto,
    String network,
    String chain,
    String contract,
    String payAddress,
    String memo,
    String logo,
    String gatewayOrderId,
    String gatewayApi,
    String gatewayMerchantOrderId,
    String gatewayError,
    Instant createdAt,
    Instant updatedAt,
    Instant expiresAt,
    Instant expiredAt,
    List<PaymentView> payments,
    String reviewReason,
    boolean cancellable) {

  /** Whether the buyer is still asked to pay (a pay address and QR code are shown). */
  public boolean payable() {
    return status.isPayable();
  }

  /** Read while the order's transaction is open (its payments are part of it). */
  public static CheckoutView of(Order order) {
    boolean made = order.status().hasGatewayOrder();
    Optional<PayInstructions> pay = order.payInstructions();
    BigDecimal paid = order.amountPaid();
    return new CheckoutView(
        order.publicId().value(),
        order.status(),
        order.merchantOrderId(),
        order.terms().price(),
        order.terms().currency(),
        order.terms().tokenId(),
        order.terms().remark().orElse(null),
        order.terms().returnUrl().orElse(null),
        pay.map(PayInstructions::cryptoAmount).orElse(null),
        made ? paid : null,
        pay.map(p -> p.cryptoAmount().subtract(paid).max(BigDecimal.ZERO)).orElse(null),
        pay.map(PayInstructions::crypto).orElse(null),
        pay.map(PayInstructions::network).orElse(null),
        pay.flatMap(PayInstructions::chain).orElse(null),
        pay.flatMap(PayInstructions::contract).orElse(null),
        pay.map(PayInstructions::payAddress).orElse(null),
        pay.flatMap(PayInstructions::memo).orElse(null),
        pay.flatMap(PayInstructions::logo).orElse(null),
        order.attempt().gatewayOrderId().orElse(null),
        order.attempt().api().label(),
        order.attempt().gatewayMerchantOrderId(),
        order.attempt().error().orElse(null),
        order.createdAt(),
        order.updatedAt(),
        order.expiresAt().orElse(null),
        order.expiredAt().orElse(null),
        order.payments().stream().map(PaymentView::of).toList(),
        order.review().map(ReviewFlag::reason).orElse(null),
        order.mayBeCancelled());
  }
}
