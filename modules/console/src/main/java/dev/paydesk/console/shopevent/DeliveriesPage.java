package dev.paydesk.console.shopevent;

import dev.paydesk.application.shopevent.ShopEventService;
import dev.paydesk.console.Times;
import dev.paydesk.domain.shopevent.EndpointTally;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * {@code /console/deliveries.xhtml}: how the shop's endpoints take Paydesk's events, failing ones
 * first, and the events given up on or failing now, each sendable again ({@link ShopEventActions}).
 */
@Named
@RequestScoped
public class DeliveriesPage {

  @Inject ShopEventService shopEvents;

  private List<EndpointTally> endpoints;
  private List<ShopEventRow> attention;

  @PostConstruct
  void load() {
    endpoints = shopEvents.endpoints();
    attention = ShopEventRow.of(shopEvents.needingAttention());
  }

  /** One endpoint's line. */
  public static final class EndpointRow {
    private final EndpointTally tally;

    EndpointRow(EndpointTally tally) {
      this.tally = tally;
    }

    public String getEndpoint() {
      return tally.endpoint();
    }

    public long getDelivered() {
      return tally.delivered();
    }

    public long getPending() {
      return tally.pending();
    }

    public long getRetrying() {
      return tally.retrying();
    }

    public long getFailed() {
      return tally.failed();
    }

    public boolean isFailing() {
      return tally.isFailing();
    }

    public String getLastDeliveredAt() {
      return Times.format(tally.lastDeliveredAt());
    }
  }

  public List<EndpointRow> getEndpoints() {
    return endpoints.stream().map(EndpointRow::new).toList();
  }

  public List<ShopEventRow> getAttention() {
    return attention;
  }
}
