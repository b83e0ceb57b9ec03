package dev.paydesk.ccpayment.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The sandbox's own settings: the merchant account it knows, and how it behaves. */
@ApplicationScoped
class SandboxSettings {

  private boolean enabled;
  private String appId;
  private String appSecret;
  private Duration timestampWindow;
  private Duration slowAnswerDelay;
  private String webhookUrl;
  private String webhookUrlV2;
  private double webhookTimeFactor;
  private boolean intermediateWebhooks;
  private Duration processingTime;

  protected SandboxSettings() {
    // for CDI proxies
  }

  @Inject
  SandboxSettings(
      @ConfigProperty(name = "paydesk.gateway.mode") String mode,
      @ConfigProperty(name = "paydesk.sandbox.app-id") String appId,
      @ConfigProperty(name = "paydesk.sandbox.app-secret") String appSecret,
      @ConfigProperty(name = "paydesk.sandbox.timestamp-window", defaultValue = "PT2M")
          Duration timestampWindow,
      @ConfigProperty(name = "paydesk.sandbox.slow-answer-delay", defaultValue = "PT20S")
          Duration slowAnswerDelay,
      @ConfigProperty(name = "paydesk.public-url") String publicUrl,
      @ConfigProperty(name = "paydesk.sandbox.webhook-url") java.util.Optional<String> webhookUrl,
      @ConfigProperty(name = "paydesk.sandbox.webhook-url-v2")
          java.util.Optional<String> webhookUrlV2,
      @ConfigProperty(name = "paydesk.sandbox.webhook-time-factor", defaultValue = "1")
          double webhookTimeFactor,
      @ConfigProperty(name = "paydesk.sandbox.intermediate-webhooks", defaultValue = "false")
          boolean intermediateWebhooks,
      @ConfigProperty(name = "paydesk.sandbox.processing-time", defaultValue = "PT0S")
          Duration processingTime) {
    this.enabled = "sandbox".equalsIgnoreCase(mode.trim());
    this.appId = appId;
    this.appSecret = appSecret;
    this.timestampWindow = timestampWindow;
    this.slowAnswerDelay = slowAnswerDelay;
    this.webhookUrl = webhookUrl.orElse(publicUrl + "/webhooks/ccpayment");
    this.webhookUrlV2 = webhookUrlV2.orElse(publicUrl + "/webhooks/ccpayment/v2");
    this.webhookTimeFactor = webhookTimeFactor;
    this.intermediateWebhooks = intermediateWebhooks;
    this.processingTime = processingTime;
  }

  /**
   * Whether {@code processing} is notified before the final status. CCPayment notifies only the
   * final status unless the merchant turns intermediate webhooks on in its dashboard.
   */
  boolean intermediateWebhooks() {
    return intermediateWebhooks;
  }

  /** How long a simulated transaction stays {@code processing} (on chain, confirming). */
  Duration processingTime() {
    return processingTime;
  }

  /** Where webhooks go when an order has no {@code notify_url} (CCPayment's dashboard setting). */
  String webhookUrl() {
    return webhookUrl;
  }

  /** Where v2 orders' webhooks go when they name no {@code notifyUrl}. */
  String webhookUrlV2() {
    return webhookUrlV2;
  }

  /**
   * Scales CCPayment's retry schedule (30 s, 1 min, 2 min … 16 min); 0.01 makes it a hundred times
   * faster.
   */
  double webhookTimeFactor() {
    return webhookTimeFactor;
  }

  boolean enabled() {
    return enabled;
  }

  String appId() {
    return appId;
  }

  String appSecret() {
    return appSecret;
  }

  /** CCPayment accepts a request timestamp for two minutes. */
  Duration timestampWindow() {
    return timestampWindow;
  }

  /** How long an injected timeout fault holds its answer: longer than the client waits. */
  Duration slowAnswerDelay() {
    return slowAnswerDelay;
  }
}
