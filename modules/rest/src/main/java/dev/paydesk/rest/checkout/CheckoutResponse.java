package dev.paydesk.rest.checkout;

import dev.paydesk.domain.order.Order;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A checkout as the shop and the buyer's page see it. Amounts are strings so that no JSON parser rounds
 * them, written without trailing zeros ("19.99", not the stored "19.990000000000000000"). Address fields are absent until the checkout can be paid.
 */
@Schema(description = "A checkout")
public record CheckoutResponse(
    @Schema(description = "Public, unguessable checkout id") String id,
    @Schema(description = "CREATING, GATEWAY_FAILED or AWAITING_PAYMENT") String status,
    String merchantOrderId,
    String price,
    String currency,
    String tokenId,
    String cryptoAmount,
    String crypto,
    String network,
    String payAddress,
    @Schema(description = "Memo/tag the buyer must add on memo chains (XRP, TON)") String memo,
    String logo,
    Instant createdAt,
    Instant expiresAt,
    URI qrUrl,
    URI statusUrl) {

  static CheckoutResponse of(Order order, UriInfo uri) {
    String id = order.publicId().value();
    boolean payable = order.status().isPayable();
    return new CheckoutResponse(id, order.status().name(), order.merchantOrderId(),
        order.price().toPlainString(), order.currency(), order.tokenId(),
        order.cryptoAmount().map(a -> a.stripTrailingZeros().toPlainString()).orElse(null),
        order.crypto().orElse(null), order.network().orElse(null),
        order.payAddress().orElse(null), order.memo().orElse(null), order.logo().orElse(null),
        order.createdAt(), order.expiresAt().orElse(null),
        payable ? uri.getBaseUriBuilder().path("v1/checkouts/{id}/qr").build(id) : null,
        uri.getBaseUriBuilder().path("v1/checkouts/{id}").build(id));
  }
}
