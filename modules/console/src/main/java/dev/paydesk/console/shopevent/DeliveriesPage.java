package dev.paydesk.console.shopevent;

import dev.paydesk.application.shopevent.ShopEventService;
import dev.paydesk.application.shopevent.ShopEventView;
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
  private List<ShopEventView> attention;

  @PostConstruct
  void load() {
    endpoints = shopEvents.endpoints();
    attention = shopEvents.needingAttention();
  }

  public List<EndpointTally> getEndpoints() {
    return endpoints;
  }

  public List<ShopEventView> getAttention() {
    return attention;
  }
}
