package dev.paydesk.application.fake;

import dev.paydesk.domain.gateway.GatewayApi;
import dev.paydesk.domain.gateway.GatewayOrder;
import dev.paydesk.domain.gateway.GatewayOrderRequest;
import dev.paydesk.domain.gateway.GatewayOrderStatus;
import dev.paydesk.domain.gateway.GatewayTrade;
import dev.paydesk.domain.gateway.GatewayUnavailableException;
import dev.paydesk.domain.gateway.PaymentGateway;
import dev.paydesk.domain.gateway.TokenQuote;
import dev.paydesk.domain.token.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A gateway a test controls: it makes orders (or fails), lists the payments a test gave it, and
 * counts what it was asked.
 */
public class FakeGateway implements PaymentGateway {

  public static final String USDT_TRC20 = "0912e09a-d8e2-41d7-a0bc-a25530892988";

  private final Map<String, List<GatewayTrade>> trades = new HashMap<>();
  private final List<GatewayOrderRequest> created = new ArrayList<>();
  private final List<List<String>> queries = new ArrayList<>();
  private final List<GatewayApi> queriedApis = new ArrayList<>();
  private RuntimeException createFailure;
  private RuntimeException queryFailure;
  private String refusedId;
  private final java.util.concurrent.atomic.AtomicInteger tokenCalls =
      new java.util.concurrent.atomic.AtomicInteger();

  public void failNextCreate(RuntimeException failure) {
    this.createFailure = failure;
  }

  /** Every order query naming this id is refused (as CCPayment refuses a bad id in a batch). */
  public void refuseQueriesNaming(String gatewayMerchantOrderId) {
    this.refusedId = gatewayMerchantOrderId;
  }

  /** Every order query fails until {@link #recover()}. */
  public void goDown() {
    this.queryFailure =
        new GatewayUnavailableException(GatewayUnavailableException.Reason.UNREACHABLE, "down");
  }

  public void recover() {
    this.queryFailure = null;
  }

  /** The gateway received this payment for the order. */
  public void received(String gatewayMerchantOrderId, GatewayTrade trade) {
    trades.computeIfAbsent(gatewayMerchantOrderId, id -> new ArrayList<>()).add(trade);
  }

  public List<GatewayOrderRequest> created() {
    return created;
  }

  /** The id lists of every order query, in the order they were asked. */
  /** The API version of each query, in the order of {@link #queries()}. */
  public List<GatewayApi> queriedApis() {
    return queriedApis;
  }

  public List<List<String>> queries() {
    return queries;
  }

  @Override
  public GatewayOrder createOrder(GatewayOrderRequest request) {
    created.add(request);
    if (createFailure != null) {
      RuntimeException failure = createFailure;
      createFailure = null;
      throw failure;
    }
    return new GatewayOrder(
        "gw-" + UUID.randomUUID(),
        request.price(),
        "USDT",
        "TRC20",
        "T" + UUID.randomUUID().toString().replace("-", ""),
        null,
        null,
        request.validPeriod());
  }

  @Override
  public List<GatewayOrderStatus> orderStatuses(
      GatewayApi api, List<String> gatewayMerchantOrderIds) {
    queries.add(List.copyOf(gatewayMerchantOrderIds));
    queriedApis.add(api);
    if (queryFailure != null) {
      throw queryFailure;
    }
    if (refusedId != null && gatewayMerchantOrderIds.contains(refusedId)) {
      throw new dev.paydesk.domain.gateway.GatewayRejectedException(11002, "ParamInvalid");
    }
    return gatewayMerchantOrderIds.stream()
        .map(id -> new GatewayOrderStatus(id, "Processing", trades.getOrDefault(id, List.of())))
        .toList();
  }

  @Override
  public TokenQuote quote(String tokenId, java.math.BigDecimal usdAmount) {
    return new TokenQuote(java.math.BigDecimal.ONE, usdAmount);
  }

  /** How often the token list was asked for. */
  public int tokenCalls() {
    return tokenCalls.get();
  }

  @Override
  public List<Token> tokens() {
    tokenCalls.incrementAndGet();
    if (queryFailure != null) {
      throw queryFailure;
    }
    return List.of(
        new Token(
            USDT_TRC20,
            "USDT",
            "Tether",
            "TRC20",
            "TRX",
            "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t",
            null,
            false,
            6,
            true,
            List.of("USDT.TRX")));
  }

  private final List<String> rescans = new ArrayList<>();
  private final List<dev.paydesk.domain.gateway.HeldPayment> risky = new ArrayList<>();

  @Override
  public int resendWebhooks(
      GatewayApi api, java.time.Instant from, java.time.Instant to, boolean all) {
    return 0;
  }

  @Override
  public String rescan(GatewayApi api, dev.paydesk.domain.gateway.LostTransaction transaction) {
    rescans.add(api + " " + transaction.txid());
    return "looked for " + transaction.txid();
  }

  /** The rescans asked, as "V2 txid". */
  public List<String> rescans() {
    return rescans;
  }

  /** The gateway holds this payment as risky (for every order asked). */
  public void holdRisky(dev.paydesk.domain.gateway.HeldPayment payment) {
    risky.add(payment);
  }

  @Override
  public List<dev.paydesk.domain.gateway.HeldPayment> riskyPayments(
      GatewayApi api, String gatewayMerchantOrderId) {
    return api == GatewayApi.V2 ? List.copyOf(risky) : List.of();
  }
}
