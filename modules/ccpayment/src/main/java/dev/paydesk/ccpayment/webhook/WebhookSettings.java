package dev.paydesk.ccpayment.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Limits on incoming webhooks. */
@ApplicationScoped
public class WebhookSettings {

  private int maxBodyBytes;
  private Duration maxAge;
  private Duration maxAhead;
  private int rejectionsKeptPerMinute;

  protected WebhookSettings() {
    // for CDI proxies
  }

  @Inject
  public WebhookSettings(
      @ConfigProperty(name = "paydesk.webhook.max-body-bytes", defaultValue = "65536")
          int maxBodyBytes,
      @ConfigProperty(name = "paydesk.webhook.timestamp-max-age", defaultValue = "PT300S")
          Duration maxAge,
      @ConfigProperty(name = "paydesk.webhook.timestamp-max-ahead", defaultValue = "PT60S")
          Duration maxAhead,
      @ConfigProperty(name = "paydesk.webhook.rejections-kept-per-minute", defaultValue = "20")
          int rejectionsKeptPerMinute) {
    this.maxBodyBytes = maxBodyBytes;
    this.maxAge = maxAge;
    this.maxAhead = maxAhead;
    this.rejectionsKeptPerMinute = rejectionsKeptPerMinute;
  }

  /** How many rejected deliveries one client may have stored and logged per minute. */
  public int rejectionsKeptPerMinute() {
    return rejectionsKeptPerMinute;
  }

  public int maxBodyBytes() {
    return maxBodyBytes;
  }

  /** How old a {@code Timestamp} may be (CCPayment's own Java SDK allows 300 s). */
  public Duration maxAge() {
    return maxAge;
  }

  /** How far ahead of our clock a {@code Timestamp} may be (the sender's clock may run fast). */
  public Duration maxAhead() {
    return maxAhead;
  }
}
