package dev.paydesk.ccpayment.v2;

import dev.paydesk.ccpayment.client.CcPaymentHttp;
import dev.paydesk.ccpayment.v2.wire.CoinListData;
import dev.paydesk.ccpayment.v2.wire.CoinPricesData;
import dev.paydesk.ccpayment.v2.wire.CoinPricesRequest;
import dev.paydesk.ccpayment.v2.wire.CreateOrderData;
import dev.paydesk.ccpayment.v2.wire.CreateOrderRequest;
import dev.paydesk.ccpayment.v2.wire.DepositRecord;
import dev.paydesk.ccpayment.v2.wire.DepositRecordData;
import dev.paydesk.ccpayment.v2.wire.DepositRecordListData;
import dev.paydesk.ccpayment.v2.wire.DepositRecordListRequest;
import dev.paydesk.ccpayment.v2.wire.FiatListData;
import dev.paydesk.ccpayment.v2.wire.RecordIdRequest;
import dev.paydesk.ccpayment.v2.wire.RescanData;
import dev.paydesk.ccpayment.v2.wire.RescanRequest;
import dev.paydesk.ccpayment.v2.wire.WebhookResendData;
import dev.paydesk.ccpayment.v2.wire.WebhookResendRequest;
import dev.paydesk.domain.gateway.GatewayOrder;
import dev.paydesk.domain.gateway.GatewayOrderRequest;
import dev.paydesk.domain.gateway.GatewayOrderStatus;
import dev.paydesk.domain.gateway.GatewayRejectedException;
import dev.paydesk.domain.gateway.GatewayTrade;
import dev.paydesk.domain.gateway.GatewayUnavailableException;
import dev.paydesk.domain.gateway.GatewayUnavailableException.Reason;
import dev.paydesk.domain.gateway.HeldPayment;
import dev.paydesk.domain.gateway.LostTransaction;
import dev.paydesk.domain.gateway.TokenQuote;
import dev.paydesk.domain.order.CheckoutTerms;
import dev.paydesk.domain.payment.ReportedAsset;
import dev.paydesk.domain.token.Token;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * CCPayment v2 (or the sandbox's v2 face) behind {@code CcPaymentGateway}: translates Paydesk's
 * requests into v2 calls and checks what comes back. Tokens are named by {@link V2TokenId}; the
 * coin and fiat lists are kept from the last read, so a checkout costs one call.
 */
@ApplicationScoped
@Typed(CcPaymentV2Gateway.class)
public class CcPaymentV2Gateway {

  /** v2's error for a coin or chain it does not know ({@code InvalidCoin}). */
  static final int INVALID_COIN = 13000;

  /** v2's error for a bad parameter ({@code InvalidArgument}). */
  static final int INVALID_ARGUMENT = 11000;

  /** Payments only v2's {@code Success} status counts as money. */
  static final String SUCCESS = "Success";

  private CcPaymentV2Client client;
  private Clock clock;
  private final AtomicReference<CoinListData> coins = new AtomicReference<>();
  private final AtomicReference<FiatListData> fiats = new AtomicReference<>();

  protected CcPaymentV2Gateway() {
    // for CDI proxies
  }

  @Inject
  public CcPaymentV2Gateway(CcPaymentV2Client client, Clock clock) {
    this.client = client;
    this.clock = clock;
  }

  public GatewayOrder createOrder(GatewayOrderRequest request) {
    Listed token = listed(request.tokenId());
    Long fiatId =
        CheckoutTerms.TOKEN.equals(request.currency()) ? null : fiatId(request.currency());
    long expiredAt = clock.instant().plus(request.validPeriod()).getEpochSecond();
    CreateOrderRequest body =
        new CreateOrderRequest(
            request.gatewayMerchantOrderId(),
            token.coin().coinId(),
            token.network().chain(),
            request.price().toPlainString(),
            fiatId,
            expiredAt);
    CreateOrderData data =
        CcPaymentHttp.guarded(
            () -> client.create(V2Route.CREATE_ORDER, body, CreateOrderData.class));
    return toGatewayOrder(data, token, request);
  }

  static GatewayOrder toGatewayOrder(
      CreateOrderData data, Listed token, GatewayOrderRequest request) {
    if (data == null || blank(data.address()) || blank(data.amount())) {
      throw new GatewayUnavailableException(
          Reason.BAD_ANSWER, "CCPayment v2's createAppOrderDepositAddress lacks address or amount");
    }
    BigDecimal amount = decimal(data.amount(), "createAppOrderDepositAddress amount");
    if (amount.signum() <= 0) {
      throw new GatewayUnavailableException(
          Reason.BAD_ANSWER, "CCPayment v2's amount is not positive");
    }
    return new GatewayOrder(
        null,
        amount,
        token.coin().symbol(),
        token.networkLabel(),
        data.address().trim(),
        blank(data.memo()) ? null : data.memo().trim(),
        token.coin().logoUrl(),
        request.validPeriod(),
        token.network().chain(),
        token.network().contract());
  }

  /**
   * The successful, unflagged payments v2 lists for these orders, read with {@code
   * getAppDepositRecordList} ({@value DepositRecordListRequest#MAX_ORDER_IDS} orders a call, every
   * page). Orders with no payments are left out, as v1 leaves out orders it does not know.
   */
  public List<GatewayOrderStatus> orderStatuses(List<String> gatewayMerchantOrderIds) {
    Map<String, List<GatewayTrade>> trades = new LinkedHashMap<>();
    int max = DepositRecordListRequest.MAX_ORDER_IDS;
    for (int from = 0; from < gatewayMerchantOrderIds.size(); from += max) {
      List<String> part =
          gatewayMerchantOrderIds.subList(
              from, Math.min(from + max, gatewayMerchantOrderIds.size()));
      eachRecord(
          part,
          record ->
              toTrade(record)
                  .ifPresent(
                      t ->
                          trades.computeIfAbsent(record.orderId(), k -> new ArrayList<>()).add(t)));
    }
    List<GatewayOrderStatus> statuses = new ArrayList<>();
    trades.forEach((id, list) -> statuses.add(new GatewayOrderStatus(id, SUCCESS, list)));
    return statuses;
  }

  /** A record as a credited trade: only {@code Success}, never flagged risky, with a txid. */
  static java.util.Optional<GatewayTrade> toTrade(DepositRecord record) {
    if (record == null
        || blank(record.orderId())
        || !SUCCESS.equalsIgnoreCase(Objects.toString(record.status(), ""))
        || Boolean.TRUE.equals(record.isFlaggedAsRisky())
        || blank(record.txId())
        || blank(record.amount())) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new GatewayTrade(
            record.txId().trim(),
            decimal(record.amount(), "deposit record amount"),
            record.arrivedAt() == null ? null : Instant.ofEpochSecond(record.arrivedAt()),
            new ReportedAsset(record.coinSymbol(), record.chain(), record.contract(), null)));
  }

  /**
   * One payment as v2 keeps it now ({@code getAppDepositRecord}): what a v2 webhook, which carries
   * no amounts, stands for.
   *
   * @throws GatewayUnavailableException no trustworthy answer, or no record in it
   * @throws GatewayRejectedException v2 refused (an unknown record: {@code 11003})
   */
  public DepositRecord depositRecord(String recordId) {
    DepositRecordData data =
        CcPaymentHttp.guarded(
            () ->
                client.query(
                    V2Route.DEPOSIT_RECORD,
                    new RecordIdRequest(recordId),
                    DepositRecordData.class));
    if (data == null || data.record() == null) {
      throw new GatewayUnavailableException(
          Reason.BAD_ANSWER, "CCPayment v2's getAppDepositRecord answered no record");
    }
    return data.record();
  }

  /** {@code webhook/resend} (v2 gives no call rate; never retried here, as v1's). */
  public int resendWebhooks(Instant from, Instant to, boolean all) {
    WebhookResendRequest body =
        new WebhookResendRequest(
            from.getEpochSecond(), to.getEpochSecond(), all ? "AllResult" : "Failed");
    WebhookResendData data =
        CcPaymentHttp.guarded(
            () -> client.create(V2Route.WEBHOOK_RESEND, body, WebhookResendData.class));
    return data == null || data.resendCount() == null ? -1 : data.resendCount().intValue();
  }

  /** {@code rescanLostTransaction}: CCPayment's own words on what it found. */
  public String rescan(LostTransaction lost) {
    RescanRequest body = new RescanRequest(lost.chain(), lost.address(), lost.txid(), lost.memo());
    RescanData data =
        CcPaymentHttp.guarded(() -> client.create(V2Route.RESCAN, body, RescanData.class));
    return data == null || blank(data.description())
        ? "CCPayment took the request and gave no description"
        : data.description().trim();
  }

  /** The order's {@code Success} records flagged risky, every page of them. */
  public List<HeldPayment> riskyPayments(String gatewayMerchantOrderId) {
    List<HeldPayment> held = new ArrayList<>();
    eachRecord(List.of(gatewayMerchantOrderId), record -> toHeld(record).ifPresent(held::add));
    return held;
  }

  /** Every record of these orders ({@code getAppDepositRecordList}, every {@code nextId} page). */
  private void eachRecord(List<String> orderIds, java.util.function.Consumer<DepositRecord> each) {
    String next = null;
    do {
      DepositRecordListRequest body = new DepositRecordListRequest(List.copyOf(orderIds), next);
      DepositRecordListData page =
          CcPaymentHttp.guarded(
              () -> client.query(V2Route.DEPOSIT_RECORD_LIST, body, DepositRecordListData.class));
      if (page != null && page.records() != null) {
        page.records().forEach(each);
      }
      next = page == null || blank(page.nextId()) ? null : page.nextId();
    } while (next != null);
  }

  static java.util.Optional<HeldPayment> toHeld(DepositRecord record) {
    if (record == null
        || !Boolean.TRUE.equals(record.isFlaggedAsRisky())
        || !SUCCESS.equalsIgnoreCase(Objects.toString(record.status(), ""))
        || blank(record.recordId())
        || blank(record.amount())) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new HeldPayment(
            record.recordId().trim(),
            blank(record.txId()) ? null : record.txId().trim(),
            decimal(record.amount(), "deposit record amount"),
            record.arrivedAt() == null ? null : Instant.ofEpochSecond(record.arrivedAt()),
            new ReportedAsset(record.coinSymbol(), record.chain(), record.contract(), null)));
  }

  public List<Token> tokens() {
    CoinListData data =
        CcPaymentHttp.guarded(() -> client.query(V2Route.COIN_LIST, null, CoinListData.class));
    coins.set(data);
    return toTokens(data);
  }

  static List<Token> toTokens(CoinListData data) {
    List<Token> tokens = new ArrayList<>();
    for (Listed listed : Listed.all(data)) {
      tokens.add(
          new Token(
              listed.id().toString(),
              listed.coin().symbol(),
              listed.coin().coinFullName(),
              listed.networkLabel(),
              listed.network().chain(),
              listed.network().contract(),
              listed.coin().logoUrl(),
              Boolean.TRUE.equals(listed.network().isSupportMemo()),
              listed.network().precision() == null ? 8 : listed.network().precision(),
              listed.usable()));
    }
    return tokens;
  }

  /** What a USD amount is in the token now, from v2's USDT price of its coin. */
  public TokenQuote quote(String tokenId, BigDecimal usdAmount) {
    Listed token = listed(tokenId);
    CoinPricesRequest body = new CoinPricesRequest(List.of(token.coin().coinId()));
    CoinPricesData data =
        CcPaymentHttp.guarded(
            () -> client.query(V2Route.COIN_USDT_PRICE, body, CoinPricesData.class));
    String price =
        data == null || data.prices() == null
            ? null
            : data.prices().get(String.valueOf(token.coin().coinId()));
    if (blank(price)) {
      throw new GatewayUnavailableException(
          Reason.BAD_ANSWER, "CCPayment v2's getCoinUSDTPrice lists no price for " + tokenId);
    }
    BigDecimal each = decimal(price, "getCoinUSDTPrice price");
    if (each.signum() <= 0) {
      throw new GatewayUnavailableException(
          Reason.BAD_ANSWER, "CCPayment v2's price for " + tokenId + " is not positive");
    }
    int precision = token.network().precision() == null ? 8 : token.network().precision();
    return new TokenQuote(each, usdAmount.divide(each, precision, RoundingMode.UP));
  }

  /** v2's id of the coin listed on this chain. */
  long coinId(String coinSymbol, String chain) {
    return listed(new V2TokenId(coinSymbol, chain).toString()).coin().coinId();
  }

  /** v2's id of the coin, on whichever chain it is listed. */
  long coinId(String coinSymbol) {
    CoinListData data = coins.get();
    if (data == null) {
      tokens();
      data = coins.get();
    }
    return Listed.all(data).stream()
        .filter(l -> l.coin().symbol().equalsIgnoreCase(coinSymbol))
        .map(l -> l.coin().coinId())
        .findFirst()
        .orElseThrow(
            () ->
                new GatewayRejectedException(
                    INVALID_COIN, "InvalidCoin: " + coinSymbol + " is not listed"));
  }

  private Listed listed(String tokenId) {
    V2TokenId id =
        V2TokenId.parse(tokenId)
            .orElseThrow(
                () ->
                    new GatewayRejectedException(
                        INVALID_COIN, "InvalidCoin: " + tokenId + " is not SYMBOL.CHAIN"));
    CoinListData data = coins.get();
    if (data == null || Listed.find(data, id).isEmpty()) {
      data = CcPaymentHttp.guarded(() -> client.query(V2Route.COIN_LIST, null, CoinListData.class));
      coins.set(data);
    }
    return Listed.find(data, id)
        .orElseThrow(
            () ->
                new GatewayRejectedException(
                    INVALID_COIN, "InvalidCoin: " + id + " is not listed"));
  }

  private Long fiatId(String currency) {
    FiatListData data = fiats.get();
    if (data == null || fiatOf(data, currency) == null) {
      data = CcPaymentHttp.guarded(() -> client.query(V2Route.FIAT_LIST, null, FiatListData.class));
      fiats.set(data);
    }
    Long id = fiatOf(data, currency);
    if (id == null) {
      throw new GatewayRejectedException(
          INVALID_ARGUMENT, "InvalidArgument: CCPayment v2 lists no fiat " + currency);
    }
    return id;
  }

  private static Long fiatOf(FiatListData data, String currency) {
    if (data == null || data.fiats() == null) {
      return null;
    }
    return data.fiats().stream()
        .filter(f -> f != null && f.fiatId() != null && currency.equalsIgnoreCase(f.symbol()))
        .map(FiatListData.Fiat::fiatId)
        .findFirst()
        .orElse(null);
  }

  private static BigDecimal decimal(String text, String what) {
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw new GatewayUnavailableException(
          Reason.BAD_ANSWER, "CCPayment v2's " + what + " is not a number", e);
    }
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** One coin on one of its networks, as {@code getCoinList} lists it. */
  record Listed(V2TokenId id, CoinListData.Coin coin, CoinListData.Network network) {

    static List<Listed> all(CoinListData data) {
      List<Listed> all = new ArrayList<>();
      if (data == null || data.coins() == null) {
        return all;
      }
      for (CoinListData.Coin coin : data.coins()) {
        if (coin == null
            || coin.coinId() == null
            || blank(coin.symbol())
            || coin.networks() == null) {
          continue;
        }
        coin.networks()
            .forEach(
                (key, network) -> {
                  String chain = network == null || blank(network.chain()) ? key : network.chain();
                  if (network != null && !blank(chain)) {
                    all.add(new Listed(new V2TokenId(coin.symbol(), chain), coin, network));
                  }
                });
      }
      return all;
    }

    static java.util.Optional<Listed> find(CoinListData data, V2TokenId id) {
      return all(data).stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** {@code Normal} or {@code Maintain} (withdrawals only suspended), and open for deposits. */
    boolean usable() {
      String status = Objects.toString(coin.status(), "");
      return (status.equalsIgnoreCase("Normal") || status.equalsIgnoreCase("Maintain"))
          && !Boolean.FALSE.equals(network.canDeposit());
    }

    /** The network's label as v1 showed it (TRC20), else the chain's name. */
    String networkLabel() {
      if (!blank(network.protocol())) {
        return network.protocol();
      }
      return blank(network.chainFullName()) ? id.chain() : network.chainFullName();
    }
  }
}
