package dev.paydesk.ccpayment.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What each sandbox endpoint does with a verified request body, following CCPayment v1's rules. */
@ApplicationScoped
class SandboxGateway {

  /** Looked up once: {@code Json.create…} would ask the ServiceLoader on every call. */
  private static final JsonProvider JSONP = JsonProvider.provider();

  static final long DEFAULT_VALID_PERIOD = 86_400;
  static final long MAX_VALID_PERIOD = 864_000;
  static final long MAX_LIGHTNING_VALID_PERIOD = 7_200;
  static final int MAX_BILL_INFO_IDS = 100;

  /** {@code denominated_currency} of a price given in the token itself. */
  static final String PRICED_IN_TOKEN = "token";

  private static final DateTimeFormatter ORDER_ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);
  private static final SecureRandom RANDOM = new SecureRandom();

  private SandboxOrderStore orders;
  private Clock clock;

  protected SandboxGateway() {
    // for CDI proxies
  }

  @Inject
  SandboxGateway(SandboxOrderStore orders, Clock clock) {
    this.orders = orders;
    this.clock = clock;
  }

  JsonValue billCreate(String appId, JsonObject request) {
    String merchantOrderId = requiredString(request, "merchant_order_id");
    if (merchantOrderId.length() > 64) {
      throw invalid("merchant_order_id must be at most 64 characters");
    }
    SandboxToken token = usableToken(requiredString(request, "token_id"));
    String currency = requiredString(request, "denominated_currency");
    boolean inToken = currency.equalsIgnoreCase(PRICED_IN_TOKEN);
    BigDecimal price =
        inToken
            ? tokenPrice(requiredString(request, "product_price"), token)
            : price(requiredString(request, "product_price"));
    currency = inToken ? PRICED_IN_TOKEN : currency.toUpperCase();
    BigDecimal fiatRate = inToken ? BigDecimal.ONE : SandboxCatalog.FIAT_RATES.get(currency);
    if (fiatRate == null) {
      throw invalid("denominated_currency " + currency + " is not supported");
    }
    long validPeriod = validPeriod(request, token);
    String remark = optionalString(request, "remark");
    String orderId = newOrderId();
    BigDecimal amount = inToken ? price : token.amountFor(price.multiply(fiatRate));
    SandboxOrder order =
        new SandboxOrder(
            orderId,
            appId,
            merchantOrderId,
            token.tokenId(),
            price,
            currency,
            amount,
            token.usdRate(),
            fiatRate,
            SandboxAddresses.address(token, orderId, amount),
            SandboxAddresses.memo(token, orderId),
            remark,
            optionalString(request, "notify_url"),
            optionalString(request, "custom_value"),
            validPeriod,
            clock.instant().getEpochSecond(),
            SandboxOrder.V1);
    orders.add(order);
    return JSONP
        .createObjectBuilder()
        .add("order_id", order.orderId())
        .add("amount", amount.toPlainString())
        .add("product_price", price.toPlainString())
        .add("logo", token.logo())
        .add("network", token.network())
        .add("pay_address", order.payAddress())
        .add("crypto", token.crypto())
        .add("memo", order.memo())
        .add("token_id", token.tokenId())
        .add("order_valid_period", validPeriod)
        .build();
  }

  JsonValue billInfo(String appId, JsonObject request) {
    if (!(request.get("merchant_order_ids") instanceof JsonArray ids) || ids.isEmpty()) {
      throw invalid("merchant_order_ids must be a non-empty array");
    }
    if (ids.size() > MAX_BILL_INFO_IDS) {
      throw new SandboxError(
          SandboxError.QUERY_NUM_MAX, "QueryNumMax: at most " + MAX_BILL_INFO_IDS + " ids");
    }
    List<String> wanted = new ArrayList<>();
    for (JsonValue id : ids) {
      if (!(id instanceof JsonString s)) {
        throw invalid("merchant_order_ids must hold strings");
      }
      wanted.add(s.getString());
    }
    long now = clock.instant().getEpochSecond();
    JsonArrayBuilder answer = JSONP.createArrayBuilder();
    List<SandboxOrder> found = orders.findByMerchantOrderIds(appId, wanted);
    Map<String, List<SandboxTrade>> successfulTrades =
        orders.tradesOf(found.stream().map(SandboxOrder::orderId).toList()).stream()
            .filter(t -> t.isSuccess() && t.payTime() <= now)
            .collect(Collectors.groupingBy(SandboxTrade::orderId));
    for (SandboxOrder order : found) {
      SandboxToken token = SandboxCatalog.token(order.tokenId()).orElseThrow();
      List<SandboxTrade> received = successfulTrades.getOrDefault(order.orderId(), List.of());
      BigDecimal paid =
          received.stream().map(SandboxTrade::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
      String status =
          paid.compareTo(order.orderAmount()) >= 0
              ? "Successful"
              : order.isExpiredAt(now) ? "Expired" : "Pending";
      JsonArrayBuilder trades = JSONP.createArrayBuilder();
      for (SandboxTrade trade : received) {
        trades.add(
            JSONP
                .createObjectBuilder()
                .add(
                    "amount",
                    trade.amount().setScale(token.precision(), RoundingMode.DOWN).toPlainString())
                .add("chain", token.chain())
                .add("contract", token.contract())
                .add("crypto", token.crypto())
                .add("service_fee", "0")
                .add("network_fee", "0")
                .add("txid", trade.txid())
                .add("pay_time", trade.payTime())
                .add("token_rate", order.tokenRate().stripTrailingZeros().toPlainString()));
      }
      answer.add(
          JSONP
              .createObjectBuilder()
              .add(
                  "order_detail",
                  JSONP
                      .createObjectBuilder()
                      .add("product_price", order.productPriceText())
                      .add("denominated_currency", order.denominatedCurrency())
                      .add("product_name", order.remark() == null ? "" : order.remark())
                      .add("merchant_order_id", order.merchantOrderId())
                      .add("chain", token.chain())
                      .add("contract", token.contract())
                      .add("crypto", token.crypto())
                      .add(
                          "order_amount",
                          order
                              .orderAmount()
                              .setScale(token.precision(), RoundingMode.UP)
                              .toPlainString())
                      .add("status", status)
                      .add("token_rate", order.tokenRate().stripTrailingZeros().toPlainString())
                      .add("created", order.createdEpoch()))
              .add("trade_list", trades)
              .add("refund_list", JSONP.createArrayBuilder()));
    }
    return answer.build();
  }

  /**
   * {@code webhook/resend}: window of at most an hour, {@code Failed} (default) or {@code All
   * Result}.
   */
  JsonValue webhookResend(JsonObject request, SandboxPayments payments) {
    if (!(request.get("start_timestamp") instanceof JsonNumber start) || !start.isIntegral()) {
      throw invalid("start_timestamp is required (10-digit seconds)");
    }
    long from = start.longValue();
    long to =
        request.get("end_timestamp") instanceof JsonNumber end ? end.longValue() : from + 3600;
    if (to < from || to - from > 3600) {
      throw invalid("the window from start_timestamp to end_timestamp is at most one hour");
    }
    String result = optionalString(request, "webhook_result");
    boolean onlyFailed = result == null || result.equalsIgnoreCase("Failed");
    if (!onlyFailed && !result.equalsIgnoreCase("All Result")) {
      throw invalid("webhook_result is Failed or All Result");
    }
    return JSONP
        .createObjectBuilder()
        .add("resend_count", payments.resend(from, to, onlyFailed, false, List.of()))
        .build();
  }

  JsonValue coinAll() {
    Map<String, List<SandboxToken>> byCoin =
        SandboxCatalog.TOKENS.stream()
            .collect(
                Collectors.groupingBy(
                    SandboxToken::coinId, java.util.LinkedHashMap::new, Collectors.toList()));
    JsonArrayBuilder list = JSONP.createArrayBuilder();
    for (List<SandboxToken> networks : byCoin.values()) {
      SandboxToken coin = networks.get(0);
      JsonArrayBuilder tokens = JSONP.createArrayBuilder();
      for (SandboxToken t : networks) {
        tokens.add(
            JSONP
                .createObjectBuilder()
                .add("token_id", t.tokenId())
                .add("crypto", t.crypto())
                .add("logo", t.logo())
                .add("name", t.name())
                .add("is_support_memo", t.memo())
                .add("network", t.network())
                .add("chain", t.chain())
                .add("contract", t.contract())
                .add("chain_logo", t.chainLogo())
                .add("status", t.status()));
      }
      list.add(
          JSONP
              .createObjectBuilder()
              .add("coin_id", coin.coinId())
              .add("symbol", coin.crypto())
              .add("crypto", coin.crypto())
              .add("name", coin.name())
              .add("logo", coin.logo())
              .add("min", "0.000001")
              .add("price", coin.usdRate().toPlainString())
              .add("precision", coin.precision())
              .add("status", SandboxToken.USABLE)
              .add("tokens", tokens));
    }
    return JSONP.createObjectBuilder().add("list", list).build();
  }

  JsonValue tokenRate(JsonObject request) {
    SandboxToken token =
        SandboxCatalog.token(requiredString(request, "token_id"))
            .orElseThrow(
                () -> new SandboxError(SandboxError.INVALID_COIN, "InvalidCoin: unknown token_id"));
    BigDecimal usd = decimal(requiredString(request, "amount"), "amount");
    JsonObjectBuilder data =
        JSONP
            .createObjectBuilder()
            .add("price", token.usdRate().toPlainString())
            .add("value", token.amountFor(usd).toPlainString());
    return data.build();
  }

  private SandboxToken usableToken(String tokenId) {
    SandboxToken token =
        SandboxCatalog.token(tokenId)
            .orElseThrow(
                () -> new SandboxError(SandboxError.INVALID_COIN, "InvalidCoin: unknown token_id"));
    if (token.status() != SandboxToken.USABLE) {
      throw new SandboxError(
          SandboxError.ABNORMAL_COIN_STATUS,
          "AbnormalCoinStatus: "
              + token.crypto()
              + " on "
              + token.network()
              + " is under maintenance");
    }
    return token;
  }

  private static long validPeriod(JsonObject request, SandboxToken token) {
    JsonValue value = request.get("order_valid_period");
    if (value == null || value == JsonValue.NULL) {
      return token.isLightning() ? MAX_LIGHTNING_VALID_PERIOD : DEFAULT_VALID_PERIOD;
    }
    if (!(value instanceof JsonNumber n) || !n.isIntegral() || n.longValue() <= 0) {
      throw invalid("order_valid_period must be a positive number of seconds");
    }
    long max = token.isLightning() ? MAX_LIGHTNING_VALID_PERIOD : MAX_VALID_PERIOD;
    if (n.longValue() > max) {
      throw new SandboxError(
          SandboxError.EXPIRED_AT_TOO_MAX, "ExpiredAtTooMax: order_valid_period above " + max);
    }
    return n.longValue();
  }

  /** A price in the token itself: positive, with at most the token's decimals. */
  private static BigDecimal tokenPrice(String text, SandboxToken token) {
    BigDecimal price = decimal(text, "product_price");
    if (price.signum() <= 0 || price.stripTrailingZeros().scale() > token.precision()) {
      throw invalid(
          "product_price must be greater than 0 with at most "
              + token.precision()
              + " decimals for "
              + token.crypto());
    }
    return price.setScale(token.precision());
  }

  private static BigDecimal price(String text) {
    BigDecimal price = decimal(text, "product_price");
    if (price.signum() <= 0 || price.stripTrailingZeros().scale() > 2) {
      throw invalid("product_price must be greater than 0 with at most 2 decimals");
    }
    return price.setScale(2);
  }

  static BigDecimal decimal(String text, String field) {
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw invalid(field + " is not a number");
    }
  }

  static String requiredString(JsonObject request, String field) {
    if (!(request.get(field) instanceof JsonString s) || s.getString().isBlank()) {
      throw invalid(field + " is required (a string)");
    }
    return s.getString();
  }

  static String optionalString(JsonObject request, String field) {
    JsonValue value = request.get(field);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (!(value instanceof JsonString s)) {
      throw invalid(field + " must be a string");
    }
    return s.getString();
  }

  static SandboxError invalid(String message) {
    return new SandboxError(SandboxError.INVALID_ARGUMENT, "InvalidArgument: " + message);
  }

  String newOrderId() {
    StringBuilder id = new StringBuilder(ORDER_ID_TIME.format(clock.instant()));
    while (id.length() < 33) {
      id.append(RANDOM.nextInt(10));
    }
    return id.toString();
  }
}
