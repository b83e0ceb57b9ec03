package dev.paydesk.ccpayment.v2;

import dev.paydesk.application.gateway.GatewayApiChoice;
import dev.paydesk.application.startup.StartupRequirement;
import dev.paydesk.ccpayment.CcPaymentSettings;
import dev.paydesk.domain.gateway.GatewayApi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The credentials and address of CCPayment's API v2. A CCPayment account has one App ID and secret
 * for both versions, so v2 uses v1's ({@code paydesk.ccpayment.app-id}, {@code
 * paydesk.ccpayment.app-secret}) unless {@code paydesk.ccpayment.v2.app-id} and {@code
 * paydesk.ccpayment.v2.app-secret} say otherwise: both can be set at once, for an install whose v1
 * orders still run out while new ones go to v2.
 */
@ApplicationScoped
public class CcPaymentV2Settings implements StartupRequirement {

  public static final String APP_ID = "paydesk.ccpayment.v2.app-id";
  public static final String APP_SECRET = "paydesk.ccpayment.v2.app-secret";
  public static final String BASE_URL = "paydesk.ccpayment.v2.base-url";
  public static final String LIVE_URL = "https://ccpayment.com/ccpayment/v2";

  private String appId;
  private String appSecret;
  private String baseUrl;
  private boolean needed;
  private boolean live;

  protected CcPaymentV2Settings() {
    // for CDI proxies
  }

  @Inject
  public CcPaymentV2Settings(
      CcPaymentSettings v1,
      GatewayApiChoice choice,
      @ConfigProperty(name = APP_ID) Optional<String> appId,
      @ConfigProperty(name = APP_SECRET) Optional<String> appSecret,
      @ConfigProperty(name = BASE_URL) Optional<String> baseUrl) {
    this.appId = appId.filter(s -> !s.isBlank()).orElse(v1.appId());
    this.appSecret = appSecret.filter(s -> !s.isBlank()).orElse(v1.appSecret());
    this.baseUrl = baseUrl.orElse(null);
    this.needed = choice.forNewOrders() == GatewayApi.V2;
    this.live = v1.mode().isLive();
  }

  /** What is missing or wrong while new orders go to v2, each naming the setting. */
  @Override
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (!needed) {
      return problems;
    }
    if (appId == null || appSecret == null) {
      problems.add(
          "set "
              + CcPaymentSettings.APP_ID
              + " and "
              + CcPaymentSettings.APP_SECRET
              + " (or "
              + APP_ID
              + " and "
              + APP_SECRET
              + ") to your CCPayment App ID and App Secret");
    }
    if (live && (baseUrl == null || baseUrl.contains("/sandbox/"))) {
      problems.add(
          "set "
              + BASE_URL
              + " (env PAYDESK_CCPAYMENT_V2_BASE_URL) to "
              + LIVE_URL
              + "; it points at the sandbox");
    }
    return problems;
  }

  public String appId() {
    return appId;
  }

  /** Never logged or shown; only signs. */
  public String appSecret() {
    return appSecret;
  }
}
