package dev.paydesk.pay;

import dev.paydesk.application.settings.MerchantSetting;
import dev.paydesk.application.settings.SettingOverrides;
import dev.paydesk.application.settings.SettingRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The shop's look on the buyer's page ({@code paydesk.pay.*}): its name, its logo and an accent
 * colour, set without code. A value the page cannot use safely is logged and left out rather than
 * breaking the page buyers pay on; each default is written here only. Set in the console, they
 * count over the file's from the next page a buyer opens, on every instance.
 */
@ApplicationScoped
public class PageBranding implements SettingRule {

  static final String DEFAULT_ACCENT = "#0f766e";
  static final int MAX_STORE_NAME = 80;
  private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
  private static final Logger LOG = Logger.getLogger(PageBranding.class.getName());

  private Optional<String> storeName;
  private Optional<URI> logo;
  private String accent;
  private SettingOverrides overrides = SettingOverrides.NONE;

  protected PageBranding() {
    // for CDI proxies
  }

  PageBranding(Optional<String> storeName, Optional<String> logoUrl, String accent) {
    this(storeName, logoUrl, accent, SettingOverrides.NONE);
  }

  @Inject
  public PageBranding(
      @ConfigProperty(name = "paydesk.pay.store-name") Optional<String> storeName,
      @ConfigProperty(name = "paydesk.pay.logo-url") Optional<String> logoUrl,
      @ConfigProperty(name = "paydesk.pay.accent-color", defaultValue = DEFAULT_ACCENT)
          String accent,
      SettingOverrides overrides) {
    this.overrides = overrides;
    this.storeName = storeName.map(String::strip).filter(s -> !s.isEmpty());
    this.logo = logoUrl.map(String::strip).filter(s -> !s.isEmpty()).flatMap(PageBranding::logo);
    if (logoUrl.filter(u -> !u.isBlank()).isPresent() && logo.isEmpty()) {
      LOG.warning(
          "paydesk.pay.logo-url must be an http(s) URL or a path on this server; showing no logo");
    }
    if (COLOUR.matcher(accent.strip()).matches()) {
      this.accent = accent.strip().toLowerCase(Locale.ROOT);
    } else {
      LOG.warning(
          "paydesk.pay.accent-color must be a colour written #rrggbb; using " + DEFAULT_ACCENT);
      this.accent = DEFAULT_ACCENT;
    }
  }

  private static Optional<URI> logo(String url) {
    try {
      URI uri = new URI(url);
      boolean web =
          ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
              && uri.getHost() != null
              && uri.getRawUserInfo() == null;
      boolean local = uri.getScheme() == null && url.startsWith("/") && !url.startsWith("//");
      if (web || local) {
        return Optional.of(uri);
      }
    } catch (URISyntaxException e) {
      // not a logo
    }
    return Optional.empty();
  }

  @Override
  public Optional<String> problem(MerchantSetting setting, String value) {
    return switch (setting) {
      case STORE_NAME ->
          value.length() > MAX_STORE_NAME || value.chars().anyMatch(Character::isISOControl)
              ? Optional.of("one line of at most " + MAX_STORE_NAME + " characters")
              : Optional.empty();
      case LOGO_URL ->
          value.isEmpty() || logo(value).isPresent()
              ? Optional.empty()
              : Optional.of("an http or https URL, or a path on this server such as /logo.png");
      case ACCENT_COLOR ->
          value.isEmpty() || COLOUR.matcher(value).matches()
              ? Optional.empty()
              : Optional.of("a colour written #rrggbb, such as #0f766e");
      default -> Optional.empty();
    };
  }

  /** The store's name: the console's (blank there for none), else the file's. */
  public Optional<String> storeName() {
    return overrides
        .value(MerchantSetting.STORE_NAME)
        .map(String::strip)
        .or(() -> storeName.or(() -> Optional.of("")))
        .filter(s -> !s.isEmpty());
  }

  public Optional<URI> logo() {
    return overrides.value(MerchantSetting.LOGO_URL).map(PageBranding::logo).orElse(logo);
  }

  /** Where the logo comes from, for the page's content security policy ({@code img-src}). */
  public Optional<String> logoOrigin() {
    return logo()
        .filter(URI::isAbsolute)
        .map(
            u ->
                u.getScheme().toLowerCase(Locale.ROOT)
                    + "://"
                    + u.getHost().toLowerCase(Locale.ROOT)
                    + (u.getPort() == -1 ? "" : ":" + u.getPort()));
  }

  public String accent() {
    return overrides
        .value(MerchantSetting.ACCENT_COLOR)
        .filter(a -> COLOUR.matcher(a).matches())
        .map(a -> a.toLowerCase(Locale.ROOT))
        .orElse(accent);
  }

  /**
   * The text colour on the accent: white or near-black, whichever has the higher WCAG contrast
   * ratio, so that any accent a shop picks stays readable.
   */
  public String onAccent() {
    double accentLuminance = luminance(accent());
    double white = 1.05 / (accentLuminance + 0.05);
    double dark = (accentLuminance + 0.05) / (luminance("#111827") + 0.05);
    return white >= dark ? "#ffffff" : "#111827";
  }

  static double luminance(String colour) {
    double r = channel(Integer.parseInt(colour.substring(1, 3), 16));
    double g = channel(Integer.parseInt(colour.substring(3, 5), 16));
    double b = channel(Integer.parseInt(colour.substring(5, 7), 16));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }

  private static double channel(int value) {
    double c = value / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
