package dev.paydesk.console.user;

import dev.paydesk.application.access.ShopApiKeyView;
import dev.paydesk.application.access.ShopApiKeys;
import dev.paydesk.application.checkout.CheckoutSettings;
import dev.paydesk.application.settings.MerchantSetting;
import dev.paydesk.application.settings.MerchantSettings;
import dev.paydesk.application.settings.SettingRefusedException;
import dev.paydesk.application.settings.SettingStore;
import dev.paydesk.application.shopevent.ShopEventSettings;
import dev.paydesk.application.user.ConsoleUserService;
import dev.paydesk.console.Messages;
import dev.paydesk.console.Times;
import dev.paydesk.console.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The settings an ADMIN changes on {@code /console/admin/settings.xhtml} without a restart: shop
 * API keys, the pay page's branding, checkout validity and underpayment tolerance, shop-event
 * endpoints and secret, and whether two-factor sign-in is required. Each form saves all its fields
 * or none; a key or secret made here is shown in this answer only.
 */
@Named
@RequestScoped
public class SettingsEditor {

  /** A shop API key as the page lists it. */
  public record KeyRow(
      long id,
      String name,
      String hint,
      String created,
      String createdBy,
      String lastUsed,
      String revoked,
      boolean active) {}

  /** A change as the history lists it. */
  public record ChangeRow(String name, String value, String at, String by) {}

  @Inject MerchantSettings settings;

  @Inject ShopApiKeys keys;

  @Inject CheckoutSettings checkout;

  @Inject ShopEventSettings shopEvents;

  @Inject CurrentUser user;

  @Inject ConsoleUserService users;

  @Inject Messages messages;

  @Inject Clock clock;

  private String storeName;
  private String logoUrl;
  private String accentColor;
  private String validMinutes;
  private String tolerance;
  private String tolerancePercent;
  private String refundApprovalAbove;
  private String endpoints;
  private String chosenSecret;
  private String overlapHours = "24";
  private boolean requireTwoFactor;
  private String keyName;

  private String madeKey;
  private String madeSecret;

  @PostConstruct
  void init() {
    user.requireMayManageUsers();
    load();
  }

  private void load() {
    storeName = settings.shown(MerchantSetting.STORE_NAME);
    logoUrl = settings.shown(MerchantSetting.LOGO_URL);
    accentColor = settings.effective(MerchantSetting.ACCENT_COLOR).orElse("#0f766e");
    validMinutes = Long.toString(checkout.validPeriod().toMinutes());
    tolerance = settings.shown(MerchantSetting.TOLERANCE);
    tolerancePercent = settings.shown(MerchantSetting.TOLERANCE_PERCENT);
    refundApprovalAbove = settings.shown(MerchantSetting.REFUND_APPROVAL_ABOVE);
    endpoints = String.join("\n", shopEvents.endpoints());
    requireTwoFactor =
        settings
            .effective(MerchantSetting.REQUIRE_TWO_FACTOR)
            .map(Boolean::parseBoolean)
            .orElse(false);
  }

  public void saveBranding() {
    save(
        "settings.saved.branding",
        Map.of(
            MerchantSetting.STORE_NAME, nz(storeName),
            MerchantSetting.LOGO_URL, nz(logoUrl),
            MerchantSetting.ACCENT_COLOR, nz(accentColor)));
  }

  public void savePayments() {
    String period = nz(validMinutes).strip();
    if (!period.matches("\\d{1,5}")) {
      error(messages.get("settings.validMinutes.bad"));
      return;
    }
    save(
        "settings.saved.payments",
        Map.of(
            MerchantSetting.VALID_PERIOD,
            Duration.ofMinutes(Long.parseLong(period)).toString(),
            MerchantSetting.TOLERANCE,
            nz(tolerance),
            MerchantSetting.TOLERANCE_PERCENT,
            nz(tolerancePercent),
            MerchantSetting.REFUND_APPROVAL_ABOVE,
            nz(refundApprovalAbove)));
  }

  public void saveEndpoints() {
    save(
        "settings.saved.endpoints",
        Map.of(
            MerchantSetting.SHOP_EVENT_ENDPOINTS,
            String.join(",", nz(endpoints).strip().split("[\\s,]+"))));
  }

  public void rotateSecret() {
    String hours = nz(overlapHours).strip();
    if (!hours.matches("\\d{1,3}")) {
      error(messages.get("settings.overlap.bad"));
      return;
    }
    try {
      madeSecret =
          settings.rotateShopEventSecret(
              chosenSecret, Duration.ofHours(Long.parseLong(hours)), user.getName());
      info(messages.get("settings.secret.rotated"));
    } catch (SettingRefusedException e) {
      error(e.getMessage());
    } finally {
      chosenSecret = null;
    }
  }

  public void saveSecurity() {
    if (requireTwoFactor
        && users
            .standing(user.getName())
            .filter(ConsoleUserService.Standing::twoFactor)
            .isEmpty()) {
      error(messages.get("settings.requireTwoFactor.yourselfFirst"));
      requireTwoFactor = false;
      return;
    }
    save(
        "settings.saved.security",
        Map.of(MerchantSetting.REQUIRE_TWO_FACTOR, Boolean.toString(requireTwoFactor)));
  }

  /** Back to the configuration file's values for one form's settings. */
  public void reset(String group) {
    List<MerchantSetting> which =
        switch (group) {
          case "branding" ->
              List.of(
                  MerchantSetting.STORE_NAME,
                  MerchantSetting.LOGO_URL,
                  MerchantSetting.ACCENT_COLOR);
          case "payments" ->
              List.of(
                  MerchantSetting.VALID_PERIOD,
                  MerchantSetting.TOLERANCE,
                  MerchantSetting.TOLERANCE_PERCENT,
                  MerchantSetting.REFUND_APPROVAL_ABOVE);
          case "events" ->
              List.of(
                  MerchantSetting.SHOP_EVENT_ENDPOINTS,
                  MerchantSetting.SHOP_EVENT_SECRET,
                  MerchantSetting.SHOP_EVENT_PREVIOUS_SECRET,
                  MerchantSetting.SHOP_EVENT_PREVIOUS_UNTIL);
          default -> List.of();
        };
    which.forEach(s -> settings.reset(s, user.getName()));
    load();
    info(messages.get("settings.reset"));
  }

  public void createKey() {
    try {
      madeKey = keys.create(keyName, user.getName()).key();
      keyName = null;
      info(messages.get("settings.key.made"));
    } catch (SettingRefusedException e) {
      error(e.getMessage());
    }
  }

  public void revokeKey(long id) {
    keys.revoke(id, user.getName());
    info(messages.get("settings.key.revoked"));
  }

  public List<KeyRow> getKeys() {
    return keys.all().stream().map(SettingsEditor::row).toList();
  }

  private static KeyRow row(ShopApiKeyView k) {
    return new KeyRow(
        k.id(),
        k.name(),
        "pdk_…" + k.hint(),
        Times.format(k.createdAt()),
        k.createdBy(),
        k.lastUsedAt() == null ? "" : Times.format(k.lastUsedAt()),
        k.revokedAt() == null ? "" : Times.format(k.revokedAt()) + " (" + k.revokedBy() + ")",
        k.active());
  }

  public List<ChangeRow> getChanges() {
    return settings.changes(20).stream().map(SettingsEditor::row).toList();
  }

  private static ChangeRow row(SettingStore.SettingChange c) {
    return new ChangeRow(c.name(), c.shownValue(), Times.format(c.at()), c.by());
  }

  /** Where a setting's value comes from, for the hint under its field. */
  public String source(String key) {
    return MerchantSetting.ofKey(key)
        .map(s -> settings.changedHere(s) ? "settings.source.console" : "settings.source.file")
        .map(messages::get)
        .orElse("");
  }

  public boolean isSecretSet() {
    return shopEvents.secret().isPresent();
  }

  /** Until when the previous secret still signs events, if a rotation's overlap runs. */
  public String getPreviousSecretUntil() {
    return shopEvents
        .previousUntil()
        .filter(u -> u.isAfter(clock.instant()))
        .map(Times::format)
        .orElse("");
  }

  private void save(String done, Map<MerchantSetting, String> values) {
    try {
      settings.changeAll(new EnumMap<>(values), user.getName());
      info(messages.get(done));
    } catch (SettingRefusedException e) {
      error(e.getMessage());
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  private static void error(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  public String getMadeKey() {
    return madeKey;
  }

  public String getMadeSecret() {
    return madeSecret;
  }

  public String getStoreName() {
    return storeName;
  }

  public void setStoreName(String storeName) {
    this.storeName = storeName;
  }

  public String getLogoUrl() {
    return logoUrl;
  }

  public void setLogoUrl(String logoUrl) {
    this.logoUrl = logoUrl;
  }

  public String getAccentColor() {
    return accentColor;
  }

  public void setAccentColor(String accentColor) {
    this.accentColor = accentColor;
  }

  public String getValidMinutes() {
    return validMinutes;
  }

  public void setValidMinutes(String validMinutes) {
    this.validMinutes = validMinutes;
  }

  public String getTolerance() {
    return tolerance;
  }

  public void setTolerance(String tolerance) {
    this.tolerance = tolerance;
  }

  public String getTolerancePercent() {
    return tolerancePercent;
  }

  public void setTolerancePercent(String tolerancePercent) {
    this.tolerancePercent = tolerancePercent;
  }

  public String getEndpoints() {
    return endpoints;
  }

  public void setEndpoints(String endpoints) {
    this.endpoints = endpoints;
  }

  public String getChosenSecret() {
    return chosenSecret;
  }

  public void setChosenSecret(String chosenSecret) {
    this.chosenSecret = chosenSecret;
  }

  public String getOverlapHours() {
    return overlapHours;
  }

  public void setOverlapHours(String overlapHours) {
    this.overlapHours = overlapHours;
  }

  public boolean isRequireTwoFactor() {
    return requireTwoFactor;
  }

  public void setRequireTwoFactor(boolean requireTwoFactor) {
    this.requireTwoFactor = requireTwoFactor;
  }

  public String getKeyName() {
    return keyName;
  }

  public void setKeyName(String keyName) {
    this.keyName = keyName;
  }

  public String getRefundApprovalAbove() {
    return refundApprovalAbove;
  }

  public void setRefundApprovalAbove(String refundApprovalAbove) {
    this.refundApprovalAbove = refundApprovalAbove;
  }
}
