package dev.paydesk.application.settings;

import java.util.Arrays;
import java.util.Optional;

/**
 * The settings an ADMIN changes in the console. Each is named as in the configuration file, whose
 * value counts until the console changes it (and again after "back to the file's value").
 */
public enum MerchantSetting {
  STORE_NAME("paydesk.pay.store-name", false),
  LOGO_URL("paydesk.pay.logo-url", false),
  ACCENT_COLOR("paydesk.pay.accent-color", false),
  VALID_PERIOD("paydesk.checkout.valid-period", false),
  TOLERANCE("paydesk.payment.underpayment-tolerance", false),
  TOLERANCE_PERCENT("paydesk.payment.underpayment-tolerance-percent", false),
  SHOP_EVENT_ENDPOINTS("paydesk.shop-events.endpoints", false),
  SHOP_EVENT_SECRET("paydesk.shop-events.secret", true),
  /** The secret before the last rotation: events carry its signature too until the time below. */
  SHOP_EVENT_PREVIOUS_SECRET("paydesk.shop-events.previous-secret", true),
  SHOP_EVENT_PREVIOUS_UNTIL("paydesk.shop-events.previous-secret-until", false),
  REQUIRE_TWO_FACTOR("paydesk.console.require-two-factor", false),
  /** Refunds worth more than this (in the order's pricing currency) wait for a second ADMIN. */
  REFUND_APPROVAL_ABOVE("paydesk.refunds.approval-above", false);

  private final String key;
  private final boolean secret;

  MerchantSetting(String key, boolean secret) {
    this.key = key;
    this.secret = secret;
  }

  /** Its name in the configuration file (and environment, upper-cased with underscores). */
  public String key() {
    return key;
  }

  /** A secret's value is never shown, logged or written to the change history. */
  public boolean secret() {
    return secret;
  }

  public static Optional<MerchantSetting> ofKey(String key) {
    return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
  }
}
