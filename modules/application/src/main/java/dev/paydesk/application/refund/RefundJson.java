package dev.paydesk.application.refund;

import dev.paydesk.domain.refund.Refund;
import dev.paydesk.domain.refund.RefundDestination;
import dev.paydesk.domain.refund.RefundStatus;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.util.Locale;

/**
 * A refund as the shop sees it, in the shop API's answers and in {@code checkout.refund_*} events
 * alike: the same document in both places.
 */
public final class RefundJson {

  private static final JsonProvider JSONP = JsonProvider.provider();

  private RefundJson() {}

  /** The event type of a refund in this state: {@code checkout.refund_awaiting_address} … */
  public static String eventType(Refund refund) {
    return eventType(refund.status());
  }

  /** The event type of a refund reaching {@code status}. */
  public static String eventType(RefundStatus status) {
    return "checkout.refund_" + status.name().toLowerCase(Locale.ROOT);
  }

  public static JsonObject of(Refund refund) {
    JsonObjectBuilder json =
        JSONP
            .createObjectBuilder()
            .add("id", refund.id())
            .add("checkoutId", refund.checkoutId())
            .add("status", refund.status().name())
            .add("reason", refund.reason().name())
            .add("amount", plain(refund.amount()))
            .add("crypto", refund.coinSymbol())
            .add("chain", refund.chain())
            .add("feePaidBy", refund.feePayer().name())
            .add("approvalNeeded", refund.approvalNeeded())
            .add("requestedBy", refund.requestedBy())
            .add("requestedAt", refund.requestedAt().toString())
            .add("attempt", refund.attempt());
    refund
        .destination()
        .ifPresent(
            d -> {
              JsonObjectBuilder to = JSONP.createObjectBuilder();
              if (d instanceof RefundDestination.ChainAddress a) {
                to.add("type", "ADDRESS").add("address", a.address());
                if (a.memo() != null) {
                  to.add("memo", a.memo());
                }
              } else if (d instanceof RefundDestination.Cwallet c) {
                to.add("type", "CWALLET").add("cwalletUser", c.user());
              }
              json.add("destination", to);
            });
    refund
        .fee()
        .ifPresent(
            f ->
                json.add(
                    "networkFee",
                    JSONP
                        .createObjectBuilder()
                        .add("amount", plain(f.amount()))
                        .add("crypto", f.coinSymbol())));
    json.add("buyerReceives", plain(refund.amountToSend()));
    refund.approvedBy().ifPresent(a -> json.add("approvedBy", a));
    refund.txId().ifPresent(t -> json.add("txid", t));
    refund.failure().ifPresent(f -> json.add("failure", f));
    return json.build();
  }

  private static String plain(java.math.BigDecimal amount) {
    return amount.stripTrailingZeros().toPlainString();
  }
}
