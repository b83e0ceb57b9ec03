package dev.paydesk.console.order;

import dev.paydesk.application.order.OrderReadService;
import dev.paydesk.application.token.TokenCatalog;
import dev.paydesk.domain.order.OrderSearch;
import dev.paydesk.domain.order.OrderStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.primefaces.model.LazyDataModel;

/**
 * {@code /console/orders.xhtml?status=PAID,UNDERPAID&q=…}: the order list with the filters of its
 * URL, so a filtered list can be bookmarked and shared.
 */
@Named
@ViewScoped
public class OrdersPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject OrderReadService reads;

  @Inject TokenCatalog tokens;

  @Inject dev.paydesk.console.Messages messages;

  /** A token to filter by, as the filter's select offers it. */
  public static class TokenOption {
    private final String id;
    private final String label;

    TokenOption(String id, String label) {
      this.id = id;
      this.label = label;
    }

    public String getId() {
      return id;
    }

    public String getLabel() {
      return label;
    }
  }

  private String status;
  private String q;
  private String token;
  private String from;
  private String to;
  private String review;
  private LazyDataModel<dev.paydesk.application.order.CheckoutView> orders;

  /** Runs once the URL's parameters are read. */
  public void load() {
    orders = new OrderListModel(reads, filter(status, q, token, from, to, review));
  }

  /**
   * The list's filter from its URL: statuses, any id, a token, and created-from/to days (UTC, both
   * included; a day that is no date is left out).
   */
  static OrderSearch filter(
      String status, String q, String token, String from, String to, String review) {
    Instant fromDay = day(from);
    Instant toDay = day(to);
    return new OrderSearch(
        statusesOf(status),
        fromDay,
        toDay == null ? null : toDay.plus(Duration.ofDays(1)),
        token,
        null,
        q,
        "1".equals(review) || "true".equals(review),
        null,
        0,
        OrderSearch.DEFAULT_SIZE,
        true);
  }

  private static Instant day(String text) {
    try {
      return text == null || text.isBlank()
          ? null
          : LocalDate.parse(text.trim()).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * What in the URL's filters names nothing (a status word no status has, a day that is no date),
   * said next to the filters: the list is then not limited by it, and the merchant knows.
   */
  public List<String> getFilterProblems() {
    List<String> problems = new java.util.ArrayList<>();
    if (status != null) {
      for (String word : status.split(",")) {
        if (!word.isBlank() && statusesOf(word).isEmpty()) {
          problems.add(messages.format("orders.filter.badStatus", word.strip()));
        }
      }
    }
    for (String day : new String[] {from, to}) {
      if (day != null && !day.isBlank() && day(day) == null) {
        problems.add(messages.format("orders.filter.badDay", day.strip()));
      }
    }
    return problems;
  }

  Set<OrderStatus> statuses() {
    return statusesOf(status);
  }

  /** The statuses a URL names ("PAID,underpaid"), leaving out words that name none. */
  static Set<OrderStatus> statusesOf(String status) {
    if (status == null || status.isBlank()) {
      return Set.of();
    }
    Set<OrderStatus> found = EnumSet.noneOf(OrderStatus.class);
    for (String word : status.split(",")) {
      Arrays.stream(OrderStatus.values())
          .filter(s -> s.name().equals(word.trim().toUpperCase(Locale.ROOT)))
          .forEach(found::add);
    }
    return found;
  }

  /** The CSV of the list as filtered now. */
  public String getExportUrl() {
    return "orders.csv?status="
        + encode(status)
        + "&q="
        + encode(q)
        + "&token="
        + encode(token)
        + "&from="
        + encode(from)
        + "&to="
        + encode(to);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
  }

  /** Every token the gateway lists (or none when it cannot be asked now). */
  public List<TokenOption> getTokens() {
    try {
      return tokens.all().stream()
          .map(t -> new TokenOption(t.id(), t.crypto() + " · " + t.network()))
          .toList();
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  public List<String> getAllStatuses() {
    return Arrays.stream(OrderStatus.values()).map(Enum::name).toList();
  }

  public boolean isSelected(String candidate) {
    return statuses().stream().anyMatch(s -> s.name().equals(candidate));
  }

  public LazyDataModel<dev.paydesk.application.order.CheckoutView> getOrders() {
    return orders;
  }

  /** Whether more orders match than the list pages through (known once the table has counted). */
  public boolean isCapped() {
    return orders instanceof OrderListModel list && list.isCapped();
  }

  /** {@code 1}: only the orders waiting for a person's review. */
  public String getReview() {
    return review;
  }

  public void setReview(String review) {
    this.review = review;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }
}
