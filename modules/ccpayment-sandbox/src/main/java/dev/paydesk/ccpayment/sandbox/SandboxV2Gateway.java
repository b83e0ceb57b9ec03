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
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What each route of the sandbox's CCPayment v2 face does with a verified request body, following
 * v2's rules (see {@code ccpayment-api-v2.md}): orders priced in a fiat ({@code fiatId}) or in the
 * coin, an absolute {@code expiredAt} of at most ten days (24 hours when absent, where the
 * documentation says both 24 hours and ten days), merchant order ids of 3 to 64 characters used
 * once, payments as records with their own ids, and lists paged twenty at a time by {@code nextId}.
 */
@ApplicationScoped
class SandboxV2Gateway {

  private static final JsonProvider JSONP = JsonProvider.provider();

  static final long DEFAULT_VALIDITY = 86_400;
  static final long MAX_VALIDITY = 864_000;
  static final int MAX_ORDER_IDS = 50;
  static final int PAGE = 20;

  /** The sandbox's fiat ids; USD is 1033 as in CCPayment's own examples. */
  static final Map<String, Long> FIAT_IDS =
      Map.of("USD", 1033L, "EUR", 1024L, "GBP", 1026L, "JPY", 1040L, "CNY", 1015L);

  private SandboxOrderStore orders;
  private SandboxGateway v1;
  private Clock clock;

  protected SandboxV2Gateway() {
    // for CDI proxies
  }

  @Inject
  SandboxV2Gateway(SandboxOrderStore orders, SandboxGateway v1, Clock clock) {
    this.orders = orders;
    this.v1 = v1;
    this.clock = clock;
  }

  JsonValue createOrder(String appId, JsonObject request) {
    String orderId = SandboxGateway.requiredString(request, "orderId");
    if (orderId.length() < 3 || orderId.length() > 64) {
      throw SandboxGateway.invalid("orderId must be 3 to 64 characters");
    }
    SandboxToken token =
        depositable(
            requiredLong(request, "coinId"), SandboxGateway.requiredString(request, "chain"));
    Optional<Long> fiatId = optionalLong(request, "fiatId");
    String currency =
        fiatId
            .map(
                id ->
                    fiatSymbol(id)
                        .orElseThrow(() -> SandboxGateway.invalid("unknown fiatId " + id)))
            .orElse(SandboxGateway.PRICED_IN_TOKEN);
    BigDecimal price =
        SandboxGateway.decimal(SandboxGateway.requiredString(request, "price"), "price");
    int decimals = fiatId.isPresent() ? 2 : token.precision();
    if (price.signum() <= 0 || price.stripTrailingZeros().scale() > decimals) {
      throw SandboxGateway.invalid(
          "price must be greater than 0 with at most " + decimals + " decimals");
    }
    long now = clock.instant().getEpochSecond();
    long expiredAt = optionalLong(request, "expiredAt").orElse(now + DEFAULT_VALIDITY);
    if (expiredAt <= now) {
      throw SandboxGateway.invalid("expiredAt must be in the future");
    }
    if (expiredAt - now > MAX_VALIDITY) {
      throw new SandboxError(SandboxError.EXPIRED_AT_TOO_MAX, "ExpiredAtTooMax: at most 10 days");
    }
    BigDecimal fiatRate =
        fiatId.isPresent() ? SandboxCatalog.FIAT_RATES.get(currency) : BigDecimal.ONE;
    BigDecimal amount = fiatId.isPresent() ? token.amountFor(price.multiply(fiatRate)) : price;
    String internalId = v1.newOrderId();
    SandboxOrder order =
        new SandboxOrder(
            internalId,
            appId,
            orderId,
            token.tokenId(),
            price,
            currency,
            amount,
            token.usdRate(),
            fiatRate,
            SandboxAddresses.address(token, internalId, amount),
            SandboxAddresses.memo(token, internalId),
            SandboxGateway.optionalString(request, "product"),
            SandboxGateway.optionalString(request, "notifyUrl"),
            null,
            expiredAt - now,
            now,
            SandboxOrder.V2);
    orders.add(order);
    return JSONP
        .createObjectBuilder()
        .add("address", order.payAddress())
        .add("amount", amount.toPlainString())
        .add("memo", order.memo())
        .add("confirmsNeeded", confirmations(token))
        .build();
  }

  JsonValue orderInfo(String appId, JsonObject request) {
    String orderId = SandboxGateway.requiredString(request, "orderId");
    SandboxOrder order =
        orders
            .findByMerchantOrderId(appId, orderId)
            .filter(SandboxOrder::isV2)
            .orElseThrow(
                () -> new SandboxError(SandboxError.NOT_FOUND, "NotFound: no order " + orderId));
    SandboxToken token = SandboxCatalog.token(order.tokenId()).orElseThrow();
    JsonArrayBuilder paid = JSONP.createArrayBuilder();
    for (SandboxTrade trade : orders.tradesOf(List.of(order.orderId()))) {
      paid.add(
          JSONP
              .createObjectBuilder()
              .add("recordId", trade.recordId())
              .add("amount", plain(trade.amount()))
              .add("serviceFee", plain(fee(trade.amount(), token)))
              .add("txid", trade.txid())
              .add("status", status(trade))
              .add("isFlaggedAsRisky", trade.risky())
              .add("arrivedAt", trade.payTime()));
    }
    JsonObjectBuilder info =
        JSONP
            .createObjectBuilder()
            .add("amountToPay", plain(order.orderAmount()))
            .add("coinId", Long.parseLong(token.coinId()))
            .add("coinSymbol", token.crypto())
            .add("chain", token.chain())
            .add("toAddress", order.payAddress())
            .add("toMemo", order.memo() == null ? "" : order.memo())
            .add("createAt", order.createdEpoch())
            .add("expiredAt", order.expiresEpoch())
            .add("paidList", paid);
    if (!SandboxGateway.PRICED_IN_TOKEN.equals(order.denominatedCurrency())) {
      info.add("fiatId", FIAT_IDS.get(order.denominatedCurrency()))
          .add("fiatSymbol", order.denominatedCurrency())
          .add("rate", plain(rate(order)));
    }
    return info.build();
  }

  JsonValue depositRecord(String appId, JsonObject request) {
    String recordId = SandboxGateway.requiredString(request, "recordId");
    for (SandboxRecord record : records(appId, null)) {
      if (record.trade().recordId().equals(recordId)) {
        return JSONP.createObjectBuilder().add("record", json(record)).build();
      }
    }
    throw new SandboxError(SandboxError.NOT_FOUND, "NotFound: no record " + recordId);
  }

  /** Newest first, twenty a page; {@code nextId} is the record id the next page starts after. */
  JsonValue depositRecordList(String appId, JsonObject request) {
    List<String> orderIds = null;
    if (request.get("orderIds") instanceof JsonArray ids) {
      if (ids.size() > MAX_ORDER_IDS) {
        throw new SandboxError(
            SandboxError.QUERY_NUM_MAX, "QueryNumMax: at most " + MAX_ORDER_IDS + " orderIds");
      }
      orderIds = new ArrayList<>();
      for (JsonValue id : ids) {
        if (!(id instanceof JsonString s)) {
          throw SandboxGateway.invalid("orderIds must hold strings");
        }
        orderIds.add(s.getString());
      }
    } else if (SandboxGateway.optionalString(request, "orderId") != null) {
      orderIds = List.of(SandboxGateway.optionalString(request, "orderId"));
    }
    List<SandboxRecord> all = records(appId, orderIds);
    String after = SandboxGateway.optionalString(request, "nextId");
    int from = 0;
    if (after != null && !after.isBlank()) {
      from = -1;
      for (int i = 0; i < all.size(); i++) {
        if (all.get(i).trade().recordId().equals(after)) {
          from = i + 1;
        }
      }
      if (from < 0) {
        throw SandboxGateway.invalid("nextId is not from this listing");
      }
    }
    List<SandboxRecord> page = all.subList(from, Math.min(from + PAGE, all.size()));
    JsonArrayBuilder records = JSONP.createArrayBuilder();
    page.forEach(r -> records.add(json(r)));
    boolean more = from + PAGE < all.size();
    return JSONP
        .createObjectBuilder()
        .add("records", records)
        .add("nextId", more ? page.get(page.size() - 1).trade().recordId() : "")
        .build();
  }

  /** v2's longest {@code webhook/resend} window, and most record ids named at once. */
  static final long RESEND_WINDOW = 3600;

  static final int MAX_RESEND_RECORDS = 50;

  /**
   * {@code webhook/resend}: v2 orders' final webhooks of records in the window (at most an hour,
   * {@code 11008} beyond), {@code Failed} deliveries (default) or {@code AllResult}, optionally
   * only the named {@code recordIds} (at most 50); answers {@code resendCount}. A valid request
   * then counts against the call limit ({@code limit}).
   */
  JsonValue webhookResend(JsonObject request, SandboxPayments payments, Runnable limit) {
    long from = requiredLong(request, "startTimestamp");
    long to = optionalLong(request, "endTimestamp").orElse(from + RESEND_WINDOW);
    if (to < from) {
      throw SandboxGateway.invalid("endTimestamp is before startTimestamp");
    }
    if (to - from > RESEND_WINDOW) {
      throw new SandboxError(
          SandboxError.RESEND_WINDOW_TOO_LONG,
          "QueryDurationTooMax: the resend window is at most one hour");
    }
    String result = SandboxGateway.optionalString(request, "webhookResult");
    boolean onlyFailed = result == null || result.isBlank() || result.equals("Failed");
    if (!onlyFailed && !result.equals("AllResult")) {
      throw SandboxGateway.invalid("webhookResult is Failed or AllResult");
    }
    List<String> recordIds = new ArrayList<>();
    if (request.get("recordIds") instanceof JsonArray ids) {
      if (ids.size() > MAX_RESEND_RECORDS) {
        throw new SandboxError(
            SandboxError.QUERY_NUM_MAX,
            "QueryNumMax: at most " + MAX_RESEND_RECORDS + " recordIds");
      }
      for (JsonValue id : ids) {
        if (!(id instanceof JsonString s)) {
          throw SandboxGateway.invalid("recordIds must hold strings");
        }
        recordIds.add(s.getString());
      }
    }
    limit.run();
    String type = SandboxGateway.optionalString(request, "transactionType");
    if (type != null && !type.isBlank() && !type.equals("AllType") && !type.equals("ApiDeposit")) {
      // the sandbox makes API deposits only: any other type has nothing to resend
      return JSONP.createObjectBuilder().add("resendCount", 0).build();
    }
    return JSONP
        .createObjectBuilder()
        .add("resendCount", payments.resend(from, to, onlyFailed, true, recordIds))
        .build();
  }

  /**
   * {@code rescanLostTransaction} ({@code chain}, {@code toAddress}, {@code txId} required, {@code
   * memo}): answers a {@code description} to show the buyer, found or not.
   */
  JsonValue rescan(String appId, JsonObject request, SandboxPayments payments) {
    String chain = SandboxGateway.requiredString(request, "chain");
    if (SandboxCatalog.TOKENS.stream().noneMatch(t -> t.chain().equalsIgnoreCase(chain))) {
      throw new SandboxError(SandboxError.INVALID_CHAIN, "InvalidChain: unknown chain " + chain);
    }
    String description =
        payments.rescan(
            appId,
            chain,
            SandboxGateway.requiredString(request, "toAddress"),
            SandboxGateway.requiredString(request, "txId"),
            SandboxGateway.optionalString(request, "memo"));
    return JSONP.createObjectBuilder().add("description", description).build();
  }

  JsonValue coinList() {
    Map<String, List<SandboxToken>> byCoin = new LinkedHashMap<>();
    SandboxCatalog.TOKENS.forEach(
        t -> byCoin.computeIfAbsent(t.coinId(), k -> new ArrayList<>()).add(t));
    JsonArrayBuilder coins = JSONP.createArrayBuilder();
    byCoin.forEach(
        (coinId, tokens) -> {
          SandboxToken first = tokens.get(0);
          JsonObjectBuilder networks = JSONP.createObjectBuilder();
          for (SandboxToken t : tokens) {
            networks.add(
                t.chain(),
                JSONP
                    .createObjectBuilder()
                    .add("chain", t.chain())
                    .add("chainFullName", t.chain())
                    .add("contract", t.contract())
                    .add("precision", t.precision())
                    .add("canDeposit", t.status() == SandboxToken.USABLE)
                    .add("canWithdraw", t.status() == SandboxToken.USABLE)
                    .add("minimumDepositAmount", "0")
                    .add("minimumWithdrawAmount", "0")
                    .add("maximumWithdrawAmount", "0")
                    .add("isSupportMemo", t.memo())
                    .add("protocol", t.network()));
          }
          coins.add(
              JSONP
                  .createObjectBuilder()
                  .add("coinId", Long.parseLong(coinId))
                  .add("symbol", first.crypto())
                  .add("coinFullName", first.name())
                  .add("logoUrl", first.logo())
                  .add("status", "Normal")
                  .add("price", plain(first.usdRate()))
                  .add("networks", networks));
        });
    return JSONP.createObjectBuilder().add("coins", coins).build();
  }

  JsonValue fiatList() {
    JsonArrayBuilder fiats = JSONP.createArrayBuilder();
    FIAT_IDS.entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .forEach(
            e ->
                fiats.add(
                    JSONP
                        .createObjectBuilder()
                        .add("fiatId", e.getValue())
                        .add("symbol", e.getKey())
                        .add(
                            "logoUrl",
                            "https://resource.cwallet.com/fiat/"
                                + e.getKey().toLowerCase()
                                + ".png")
                        .add("mark", e.getKey())
                        .add(
                            "usdRate",
                            plain(
                                BigDecimal.ONE.divide(
                                    SandboxCatalog.FIAT_RATES.get(e.getKey()),
                                    MathContext.DECIMAL64)))));
    return JSONP.createObjectBuilder().add("fiats", fiats).build();
  }

  JsonValue coinUsdtPrices(JsonObject request) {
    if (!(request.get("coinIds") instanceof JsonArray ids)) {
      throw SandboxGateway.invalid("coinIds is required (an array of coin ids)");
    }
    JsonObjectBuilder prices = JSONP.createObjectBuilder();
    for (JsonValue id : ids) {
      if (!(id instanceof JsonNumber n) || !n.isIntegral()) {
        throw SandboxGateway.invalid("coinIds must hold numbers");
      }
      SandboxCatalog.TOKENS.stream()
          .filter(t -> t.coinId().equals(Long.toString(n.longValue())))
          .findFirst()
          .ifPresent(t -> prices.add(t.coinId(), plain(t.usdRate())));
    }
    return JSONP.createObjectBuilder().add("prices", prices).build();
  }

  /** A v2 order's payment with its order and token. */
  private record SandboxRecord(SandboxOrder order, SandboxToken token, SandboxTrade trade) {}

  private List<SandboxRecord> records(String appId, List<String> merchantOrderIds) {
    List<SandboxOrder> found =
        merchantOrderIds == null
            ? orders.findV2Orders(appId)
            : orders.findByMerchantOrderIds(appId, merchantOrderIds).stream()
                .filter(SandboxOrder::isV2)
                .toList();
    Map<String, SandboxOrder> byId = new LinkedHashMap<>();
    found.forEach(o -> byId.put(o.orderId(), o));
    List<SandboxRecord> records = new ArrayList<>();
    for (SandboxTrade trade : orders.tradesOf(List.copyOf(byId.keySet()))) {
      SandboxOrder order = byId.get(trade.orderId());
      records.add(
          new SandboxRecord(order, SandboxCatalog.token(order.tokenId()).orElseThrow(), trade));
    }
    records.sort(
        Comparator.comparingLong((SandboxRecord r) -> r.trade().payTime())
            .thenComparing(r -> r.trade().recordId())
            .reversed());
    return records;
  }

  private JsonObject json(SandboxRecord r) {
    return JSONP
        .createObjectBuilder()
        .add("recordId", r.trade().recordId())
        .add("orderId", r.order().merchantOrderId())
        .add("coinId", Long.parseLong(r.token().coinId()))
        .add("coinSymbol", r.token().crypto())
        .add("chain", r.token().chain())
        .add("contract", r.token().contract())
        .add("coinUSDPrice", plain(r.token().usdRate()))
        .add("toAddress", r.order().payAddress())
        .add("toMemo", r.order().memo() == null ? "" : r.order().memo())
        .add("amount", plain(r.trade().amount()))
        .add("serviceFee", plain(fee(r.trade().amount(), r.token())))
        .add("txId", r.trade().txid())
        .add("status", status(r.trade()))
        .add("arrivedAt", r.trade().payTime())
        .add("isFlaggedAsRisky", r.trade().risky())
        .build();
  }

  /**
   * A record's v2 status: {@code Processing} until its confirmation time, then {@code Success} or
   * {@code Failed} (v2 lists every record; v1's bill/info only successful ones).
   */
  private String status(SandboxTrade trade) {
    if (trade.payTime() > clock.instant().getEpochSecond()) {
      return "Processing";
    }
    return statusWord(trade.status());
  }

  /** v1's status word in v2's: {@code Success}, {@code Failed}, else {@code Processing}. */
  static String statusWord(String v1Status) {
    return switch (v1Status) {
      case "success" -> "Success";
      case "failed" -> "Failed";
      default -> "Processing";
    };
  }

  /** The service fee CCPayment's examples show: 0.5 % of the amount, at the token's decimals. */
  private static BigDecimal fee(BigDecimal amount, SandboxToken token) {
    return amount.multiply(new BigDecimal("0.005")).setScale(token.precision(), RoundingMode.DOWN);
  }

  /** One coin's price in the order's fiat, as locked at creation. */
  private static BigDecimal rate(SandboxOrder order) {
    return order.tokenRate().divide(order.fiatRate(), 8, RoundingMode.HALF_UP);
  }

  private static long confirmations(SandboxToken token) {
    return switch (token.addressFormat()) {
      case EVM -> 12;
      case BITCOIN -> 2;
      case TRON -> 20;
      default -> 1;
    };
  }

  private static Optional<String> fiatSymbol(long fiatId) {
    return FIAT_IDS.entrySet().stream()
        .filter(e -> e.getValue() == fiatId)
        .map(Map.Entry::getKey)
        .findFirst();
  }

  private static SandboxToken depositable(long coinId, String chain) {
    SandboxToken token = onChain(coinId, chain);
    if (token.status() != SandboxToken.USABLE) {
      throw new SandboxError(
          SandboxError.CHAIN_STOP_DEPOSIT,
          "ChainStopDeposit: "
              + token.crypto()
              + " on "
              + token.chain()
              + " takes no deposits now");
    }
    return token;
  }

  /**
   * The coin on the chain, as v2 names them.
   *
   * @throws SandboxError {@code InvalidCoin} for an unknown coin id, {@code InvalidChain} for a
   *     chain the coin is not on
   */
  static SandboxToken onChain(long coinId, String chain) {
    List<SandboxToken> ofCoin =
        SandboxCatalog.TOKENS.stream()
            .filter(t -> t.coinId().equals(Long.toString(coinId)))
            .toList();
    if (ofCoin.isEmpty()) {
      throw new SandboxError(SandboxError.INVALID_COIN, "InvalidCoin: unknown coinId " + coinId);
    }
    return ofCoin.stream()
        .filter(t -> t.chain().equalsIgnoreCase(chain))
        .findFirst()
        .orElseThrow(
            () ->
                new SandboxError(
                    SandboxError.INVALID_CHAIN,
                    "InvalidChain: " + ofCoin.get(0).crypto() + " is not on " + chain));
  }

  static long requiredLong(JsonObject request, String field) {
    return optionalLong(request, field)
        .orElseThrow(() -> SandboxGateway.invalid(field + " is required (a number)"));
  }

  private static Optional<Long> optionalLong(JsonObject request, String field) {
    JsonValue value = request.get(field);
    if (value == null || value == JsonValue.NULL) {
      return Optional.empty();
    }
    if (!(value instanceof JsonNumber n) || !n.isIntegral() || n.longValue() < 1) {
      throw SandboxGateway.invalid(field + " must be a positive whole number");
    }
    return Optional.of(n.longValue());
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
