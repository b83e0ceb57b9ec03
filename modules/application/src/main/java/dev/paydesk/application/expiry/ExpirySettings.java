package dev.paydesk.application.expiry;

import dev.paydesk.application.gateway.GatewayMode;
import dev.paydesk.domain.gateway.PaymentGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How unpaid orders expire ({@code paydesk.expiry.*}); each default is written here only. */
@ApplicationScoped
public class ExpirySettings {

  private Duration every;
  private Duration grace;
  private int batchSize;
  private int gatewayCallsPerSecond;
  private int pagesAtOnce;

  protected ExpirySettings() {
    // for CDI proxies
  }

  @Inject
  public ExpirySettings(
      @ConfigProperty(name = "paydesk.expiry.every", defaultValue = "PT30S") Duration every,
      @ConfigProperty(name = "paydesk.expiry.grace", defaultValue = "PT1M") Duration grace,
      @ConfigProperty(name = "paydesk.expiry.batch-size", defaultValue = "100") int batchSize,
      @ConfigProperty(name = "paydesk.expiry.gateway-calls-per-second")
          Optional<Integer> gatewayCallsPerSecond,
      @ConfigProperty(name = "paydesk.expiry.pages-at-once", defaultValue = "4") int pagesAtOnce,
      GatewayMode mode) {
    this.every = every;
    this.grace = grace;
    this.batchSize = Math.max(1, Math.min(batchSize, PaymentGateway.MAX_ORDER_QUERY));
    this.gatewayCallsPerSecond =
        gatewayCallsPerSecond.orElse(mode.isLive() ? LIVE_GATEWAY_CALLS_PER_SECOND : 0);
    this.pagesAtOnce = Math.max(1, Math.min(pagesAtOnce, 16));
  }

  /** For tests: no pacing, a page at a time. */
  public ExpirySettings(Duration every, Duration grace, int batchSize) {
    this(every, grace, batchSize, Optional.of(0), 1, new GatewayMode("sandbox"));
  }

  /**
   * Live mode's pace of a sweep's {@code bill/info} calls: CCPayment allows 100 a second per IP,
   * and creates, reconciliation and check-now share them.
   */
  static final int LIVE_GATEWAY_CALLS_PER_SECOND = 50;

  /**
   * How many {@code bill/info} calls a second a sweep makes at most ({@code
   * paydesk.expiry.gateway-calls-per-second}); 0: as fast as the gateway answers (the sandbox's
   * default). Live mode: {@value #LIVE_GATEWAY_CALLS_PER_SECOND} unless set.
   */
  public int gatewayCallsPerSecond() {
    return gatewayCallsPerSecond;
  }

  /** How often the expiry timer runs. */
  public Duration every() {
    return every;
  }

  /** How long after its expiry an order is left, for a payment broadcast at the last second. */
  public Duration grace() {
    return grace;
  }

  /**
   * How many pages a sweep works on at once ({@code paydesk.expiry.pages-at-once}, 1 to 16): while
   * one waits for the gateway or the database, the next is asked about. A page is one transaction
   * either way, and the pace of gateway calls holds.
   */
  public int pagesAtOnce() {
    return pagesAtOnce;
  }

  /** Orders per batch: at most 100, what one {@code bill/info} call takes. */
  public int batchSize() {
    return batchSize;
  }
}
