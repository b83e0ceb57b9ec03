package dev.paydesk.ccpayment;

import dev.paydesk.application.gateway.GatewayMode;
import dev.paydesk.application.startup.StartupRequirement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which CCPayment Paydesk talks to and with which credentials. In sandbox mode the built-in
 * sandbox's credentials are used unless others are given; live mode refuses to start without real
 * ones (see {@link dev.paydesk.application.startup.StartupCheck}).
 */
@ApplicationScoped
public class CcPaymentSettings implements StartupRequirement {

  public static final String APP_ID = "paydesk.ccpayment.app-id";
  public static final String APP_SECRET = "paydesk.ccpayment.app-secret";
  public static final String BASE_URL = "paydesk.ccpayment.base-url";
  public static final String LIVE_URL = "https://admin.ccpayment.com/ccpayment/v1";

  private GatewayMode mode;
  private String appId;
  private String appSecret;
  private String baseUrl;
  private boolean publishedCredentials;

  protected CcPaymentSettings() {
    // for CDI proxies
  }

  @Inject
  public CcPaymentSettings(
      GatewayMode mode,
      @ConfigProperty(name = APP_ID) Optional<String> appId,
      @ConfigProperty(name = APP_SECRET) Optional<String> appSecret,
      @ConfigProperty(name = "paydesk.sandbox.app-id") String sandboxAppId,
      @ConfigProperty(name = "paydesk.sandbox.app-secret") String sandboxAppSecret,
      @ConfigProperty(name = BASE_URL) Optional<String> baseUrl) {
    this.mode = mode;
    this.appId = appId.filter(s -> !s.isBlank()).orElse(mode.isSandbox() ? sandboxAppId : null);
    this.appSecret =
        appSecret.filter(s -> !s.isBlank()).orElse(mode.isSandbox() ? sandboxAppSecret : null);
    this.baseUrl = baseUrl.orElse(null);
    // the sandbox's credentials are in the README: whoever read it could sign as the merchant
    this.publishedCredentials =
        mode.isLive()
            && (sandboxAppId.equals(this.appId) || sandboxAppSecret.equals(this.appSecret));
  }

  /** What is missing or wrong, each naming the setting (and its environment variable). */
  @Override
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (appId == null) {
      problems.add("set " + APP_ID + " (env PAYDESK_CCPAYMENT_APP_ID) to your CCPayment App ID");
    }
    if (appSecret == null) {
      problems.add(
          "set " + APP_SECRET + " (env PAYDESK_CCPAYMENT_APP_SECRET) to your CCPayment App Secret");
    }
    if (publishedCredentials) {
      problems.add(
          "set "
              + APP_ID
              + " and "
              + APP_SECRET
              + " to your own CCPayment credentials: live mode refuses the sandbox's published ones");
    }
    if (mode.isLive() && (baseUrl == null || baseUrl.contains("/sandbox/"))) {
      problems.add(
          "set "
              + BASE_URL
              + " (env PAYDESK_CCPAYMENT_BASE_URL) to "
              + LIVE_URL
              + "; it points at the sandbox");
    }
    return problems;
  }

  public GatewayMode mode() {
    return mode;
  }

  public String appId() {
    return appId;
  }

  /** Never logged or shown; only signs. */
  public String appSecret() {
    return appSecret;
  }
}
