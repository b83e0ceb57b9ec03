package dev.paydesk.domain.order;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a shop asks to be paid: validated against CCPayment's limits on construction, so an instance
 * is always one the gateway can accept (apart from token-specific rules, see {@link
 * dev.paydesk.domain.token.Token#checkValidPeriod}).
 *
 * @param currency an ISO 4217 code (default USD), or {@value #TOKEN} for a price in the token
 *     itself (CCPayment's {@code denominated_currency: "token"}), which then has up to the token's
 *     decimals
 * @param validPeriod how long the pay address is offered; null means the gateway default
 * @param returnUrl where the buyer's checkout page sends the buyer back to the shop (http or https,
 *     absolute); null for none
 */
public record CheckoutTerms(
    String merchantOrderId,
    BigDecimal price,
    String currency,
    String tokenId,
    Duration validPeriod,
    String remark,
    String returnUrl) {

  public static final String DEFAULT_CURRENCY = "USD";

  /** The "currency" of a price given in the token itself. */
  public static final String TOKEN = "TOKEN";

  /** What the database keeps of a price in a token; the token's own precision is checked later. */
  public static final int MAX_TOKEN_DECIMALS = 18;

  /** CCPayment's order validity limits. */
  public static final Duration DEFAULT_VALID_PERIOD = Duration.ofHours(24);

  public static final Duration MAX_VALID_PERIOD = Duration.ofDays(10);
  public static final Duration MIN_VALID_PERIOD = Duration.ofMinutes(1);

  /** Leaves room for the "~N" suffix of later gateway attempts within 64 characters. */
  public static final int MAX_MERCHANT_ORDER_ID = 50;

  /**
   * Between a merchant order id and the attempt number in a later attempt's gateway merchant order
   * id ({@code A-1~2}). A shop's merchant order id cannot contain it, so no shop's id is ever one
   * of Paydesk's retry ids; it is one of the characters URLs leave as they are.
   */
  public static final String RETRY_SEPARATOR = "~";

  public static final int MAX_REMARK = 255;
  public static final int MAX_RETURN_URL = 2000;
  public static final BigDecimal MAX_PRICE = new BigDecimal("10000000.00");

  private static final Pattern MERCHANT_ORDER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]*");
  private static final Pattern TOKEN_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  public CheckoutTerms {
    currency = currency == null || currency.isBlank() ? DEFAULT_CURRENCY : currency.trim();
    if (currency.equalsIgnoreCase(TOKEN)) {
      currency = TOKEN;
    }
    int maxDecimals = TOKEN.equals(currency) ? MAX_TOKEN_DECIMALS : 2;
    validPeriod = validPeriod == null ? DEFAULT_VALID_PERIOD : validPeriod;
    remark = remark == null || remark.isBlank() ? null : remark;
    returnUrl = returnUrl == null || returnUrl.isBlank() ? null : returnUrl.trim();
    List<InvalidCheckoutException.Violation> problems = new ArrayList<>();
    if (merchantOrderId == null || merchantOrderId.isBlank()) {
      problems.add(violation("merchantOrderId", "is required"));
    } else if (merchantOrderId.length() > MAX_MERCHANT_ORDER_ID
        || !MERCHANT_ORDER_ID.matcher(merchantOrderId).matches()) {
      problems.add(
          violation(
              "merchantOrderId",
              "must be 1 to "
                  + MAX_MERCHANT_ORDER_ID
                  + " characters: letters, digits and . _ : -"));
    }
    if (price == null) {
      problems.add(violation("price", "is required"));
    } else if (price.signum() <= 0) {
      problems.add(violation("price", "must be greater than 0"));
    } else if (price.stripTrailingZeros().scale() > maxDecimals) {
      problems.add(violation("price", "must have at most " + maxDecimals + " decimal places"));
    } else if (price.compareTo(MAX_PRICE) > 0) {
      problems.add(violation("price", "must be at most " + MAX_PRICE.toPlainString()));
    }
    if (!TOKEN.equals(currency) && !isCurrencyCode(currency)) {
      problems.add(
          violation(
              "currency",
              "must be an ISO 4217 currency code such as USD, or TOKEN for a price"
                  + " in the token itself"));
    }
    if (tokenId == null || tokenId.isBlank()) {
      problems.add(violation("tokenId", "is required"));
    } else if (!TOKEN_ID.matcher(tokenId).matches()) {
      problems.add(violation("tokenId", "is not a token id; GET /api/v1/tokens lists them"));
    }
    if (validPeriod.compareTo(MIN_VALID_PERIOD) < 0
        || validPeriod.compareTo(MAX_VALID_PERIOD) > 0) {
      problems.add(
          violation(
              "validPeriodSeconds",
              "must be between "
                  + MIN_VALID_PERIOD.toSeconds()
                  + " and "
                  + MAX_VALID_PERIOD.toSeconds()));
    }
    if (remark != null && remark.length() > MAX_REMARK) {
      problems.add(violation("remark", "must be at most " + MAX_REMARK + " characters"));
    } else if (remark != null && remark.chars().anyMatch(Character::isISOControl)) {
      problems.add(
          violation("remark", "must be one line of text without control characters (such as NUL)"));
    }
    if (returnUrl != null && !isWebAddress(returnUrl)) {
      problems.add(
          violation(
              "returnUrl",
              "must be an absolute http or https URL of at most "
                  + MAX_RETURN_URL
                  + " characters, without user information"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidCheckoutException(problems);
    }
    price = canonical(price, currency);
  }

  /** Terms without a way back to the shop. */
  public CheckoutTerms(
      String merchantOrderId,
      BigDecimal price,
      String currency,
      String tokenId,
      Duration validPeriod,
      String remark) {
    this(merchantOrderId, price, currency, tokenId, validPeriod, remark, null);
  }

  /** A price as stored and compared: cents for money, no trailing zeros for a token amount. */
  public static BigDecimal canonical(BigDecimal price, String currency) {
    if (!TOKEN.equals(currency)) {
      return price.setScale(2, RoundingMode.UNNECESSARY);
    }
    BigDecimal stripped = price.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  public boolean isPricedInToken() {
    return TOKEN.equals(currency);
  }

  private static InvalidCheckoutException.Violation violation(String field, String message) {
    return new InvalidCheckoutException.Violation(field, message);
  }

  private static boolean isCurrencyCode(String code) {
    try {
      return code.length() == 3 && Currency.getInstance(code).getCurrencyCode().equals(code);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * An address a browser can be sent to: absolute http(s) with a host, no {@code user@} part (which
   * makes phishing links look like the shop's), nothing a browser would read as a script.
   */
  private static boolean isWebAddress(String url) {
    if (url.length() > MAX_RETURN_URL || url.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
      return false;
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme();
      return scheme != null
          && (scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
          && uri.getHost() != null
          && uri.getRawUserInfo() == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /**
   * A digest of every term: two requests with the same fingerprint ask for the same checkout. Used
   * to tell an idempotent retry from a reused key.
   */
  public String fingerprint() {
    String canonical =
        String.join(
            "\n",
            merchantOrderId,
            price.toPlainString(),
            currency,
            tokenId,
            Long.toString(validPeriod.toSeconds()),
            remark == null ? "" : remark);
    if (returnUrl != null) {
      // appended only when present, so that checkouts made before it existed keep their digest
      canonical += "\n" + returnUrl;
    }
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
