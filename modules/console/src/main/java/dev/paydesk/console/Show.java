package dev.paydesk.console;

import dev.paydesk.application.order.CheckoutView;
import dev.paydesk.application.shopevent.ShopEventView;
import dev.paydesk.domain.order.CheckoutTerms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How pages write the values of view records: {@code #{show.time(checkout.createdAt)}}, {@code
 * #{show.amount(checkout.amountPaid)}}. Null is written as nothing.
 */
@Named
@ApplicationScoped
public class Show {

  /** To the second, in UTC, said so. */
  public String time(Instant instant) {
    return Times.format(instant);
  }

  /** Exact, as stored (a price keeps its cents: {@code 49.90}). */
  public String plain(BigDecimal amount) {
    return amount == null ? "" : amount.toPlainString();
  }

  /**
   * The price as the shop set it: {@code 49.90 USD}, or, priced in the token, its amount and the
   * token's symbol ({@code 0.0015 BTC}; the token id before CCPayment named the crypto).
   */
  public String price(CheckoutView checkout) {
    if (checkout == null || checkout.price() == null) {
      return "";
    }
    if (CheckoutTerms.TOKEN.equals(checkout.currency())) {
      return amount(checkout.price())
          + " "
          + (checkout.crypto() != null ? checkout.crypto() : checkout.tokenId());
    }
    return plain(checkout.price()) + " " + checkout.currency();
  }

  /** Exact, without the stored scale's trailing zeros. */
  public String amount(BigDecimal amount) {
    return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
  }

  /**
   * What a shop event's last attempt got: its error (with the HTTP status when one came), or it.
   */
  public String lastAnswer(ShopEventView event) {
    if (event.lastError() != null) {
      return event.lastError();
    }
    return event.lastStatus() == null ? "" : "HTTP " + event.lastStatus();
  }

  /** A shop event's attempts, newest first, each as one line: when, answer, latency, excerpt. */
  public List<String> history(ShopEventView event) {
    List<ShopEventView.Attempt> newestFirst = new ArrayList<>(event.history());
    Collections.reverse(newestFirst);
    return newestFirst.stream()
        .map(
            a ->
                time(a.at())
                    + " · "
                    + (a.httpStatus() == null ? "—" : "HTTP " + a.httpStatus())
                    + " · "
                    + a.latencyMillis()
                    + " ms"
                    + (a.excerpt() == null || a.excerpt().isEmpty() ? "" : " · " + a.excerpt()))
        .toList();
  }
}
