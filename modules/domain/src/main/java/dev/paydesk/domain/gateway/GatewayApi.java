package dev.paydesk.domain.gateway;

import java.util.Locale;

/**
 * Which of CCPayment's API versions an order was made with. An order keeps its version to the end:
 * its webhooks arrive at that version's URL, and reconciliation and expiry ask that version about
 * it, whatever new orders use.
 */
public enum GatewayApi {
  /** {@code bill/create}, {@code bill/info}; deprecated by CCPayment but still served. */
  V1,
  /**
   * {@code createAppOrderDepositAddress}, {@code getAppOrderInfo}: what CCPayment tells merchants
   * to use.
   */
  V2;

  /** {@code v1} or {@code v2}, as configured and shown. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @throws IllegalArgumentException for anything but {@code v1} or {@code v2} (any case)
   */
  public static GatewayApi of(String label) {
    String normalized = label == null ? "" : label.trim().toUpperCase(Locale.ROOT);
    for (GatewayApi api : values()) {
      if (api.name().equals(normalized)) {
        return api;
      }
    }
    throw new IllegalArgumentException("must be v1 or v2, not '" + label + "'");
  }
}
