package dev.paydesk.console.order;

import dev.paydesk.application.order.OrderReadService;
import dev.paydesk.domain.order.OrderStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

  private String status;
  private String q;
  private LazyDataModel<OrderRow> orders;

  /** Runs once the URL's parameters are read. */
  public void load() {
    orders = new OrderListModel(reads, statuses(), q);
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
        + URLEncoder.encode(status == null ? "" : status, StandardCharsets.UTF_8)
        + "&q="
        + URLEncoder.encode(q == null ? "" : q, StandardCharsets.UTF_8);
  }

  public List<String> getAllStatuses() {
    return Arrays.stream(OrderStatus.values()).map(Enum::name).toList();
  }

  public boolean isSelected(String candidate) {
    return statuses().stream().anyMatch(s -> s.name().equals(candidate));
  }

  public LazyDataModel<OrderRow> getOrders() {
    return orders;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }
}
