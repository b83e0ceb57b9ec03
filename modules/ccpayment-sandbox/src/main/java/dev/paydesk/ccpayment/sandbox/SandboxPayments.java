package dev.paydesk.ccpayment.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Simulated buyers: payments into sandbox orders, each an on-chain transaction with its own record
 * id. As CCPayment does, a transaction stays {@code processing} (confirming) for a while, then
 * becomes {@code success} or {@code failed}; only its final status is notified unless intermediate
 * webhooks are on; {@code bill/info} lists it once successful.
 */
@ApplicationScoped
class SandboxPayments {

  /** Looked up once: {@code Json.create…} would ask the ServiceLoader on every call. */
  private static final JsonProvider JSONP = JsonProvider.provider();

  /** How much the simulated buyer pays. */
  enum Kind {
    FULL,
    PARTIAL,
    OVER,
    FAILED
  }

  /**
   * A simulation.
   *
   * @param amount the total paid (default: due for FULL, half for PARTIAL, 110% for OVER)
   * @param transactions how many transactions share it (default 1)
   * @param duplicates how many extra copies of each webhook are sent
   * @param outOfOrder send {@code success} before {@code processing} (both at once)
   * @param drop send no webhook at all (only {@code bill/info} shows the payment)
   * @param dropFinal send no final webhook (a {@code processing} one still goes out when
   *     intermediate webhooks are on): a lost webhook that only reconciliation finds
   * @param intermediate notify {@code processing} too; null: as configured
   * @param processingFor how long it stays {@code processing}; null: as configured
   * @param risky CCPayment flags it as risky (v2 shows {@code isFlaggedAsRisky}; not credited)
   * @param lost CCPayment's scan misses it: on chain, but in no record, list or webhook until a
   *     {@code rescanLostTransaction} names its txid
   */
  record Simulation(
      Kind kind,
      BigDecimal amount,
      int transactions,
      int duplicates,
      boolean outOfOrder,
      boolean drop,
      boolean dropFinal,
      Boolean intermediate,
      Duration processingFor,
      boolean risky,
      boolean lost) {}

  /** v2 keeps an order's address open for payments this long after {@code expiredAt}. */
  static final long OVERDUE_WINDOW = Duration.ofDays(7).toSeconds();

  private static final SecureRandom RANDOM = new SecureRandom();

  private SandboxOrderStore store;
  private SandboxWebhookSender sender;
  private SandboxSettings settings;
  private Clock clock;

  protected SandboxPayments() {
    // for CDI proxies
  }

  @Inject
  SandboxPayments(
      SandboxOrderStore store, SandboxWebhookSender sender, SandboxSettings settings, Clock clock) {
    this.store = store;
    this.sender = sender;
    this.settings = settings;
    this.clock = clock;
  }

  List<SandboxTrade> simulate(String merchantOrderId, Simulation simulation) {
    SandboxOrder order =
        store
            .findByMerchantOrderId(settings.appId(), merchantOrderId)
            .orElseThrow(
                () ->
                    new SandboxError(
                        SandboxError.INVALID_ARGUMENT, "no sandbox order " + merchantOrderId));
    if (order.isV2() && clock.instant().getEpochSecond() > order.expiresEpoch() + OVERDUE_WINDOW) {
      throw new SandboxError(
          SandboxError.INVALID_ARGUMENT,
          "the address of order "
              + merchantOrderId
              + " stopped taking payments 7 days after its expiredAt");
    }
    SandboxToken token = SandboxCatalog.token(order.tokenId()).orElseThrow();
    int count = Math.max(1, simulation.transactions());
    BigDecimal total = total(order, token, simulation);
    boolean intermediate =
        simulation.outOfOrder()
            || (simulation.intermediate() != null
                ? simulation.intermediate()
                : settings.intermediateWebhooks());
    Duration processing =
        simulation.outOfOrder()
            ? Duration.ZERO
            : simulation.processingFor() != null
                ? simulation.processingFor()
                : settings.processingTime();
    List<SandboxTrade> trades = new ArrayList<>();
    List<SandboxWebhookSender.Delivery> now = new ArrayList<>();
    List<SandboxWebhookSender.Delivery> settled = new ArrayList<>();
    BigDecimal share =
        total.divide(BigDecimal.valueOf(count), token.precision(), RoundingMode.DOWN);
    for (int i = 0; i < count; i++) {
      BigDecimal amount =
          i == count - 1 ? total.subtract(share.multiply(BigDecimal.valueOf(count - 1))) : share;
      String status = simulation.kind() == Kind.FAILED ? "failed" : "success";
      SandboxTrade trade =
          new SandboxTrade(
              order.orderId(),
              newRecordId(),
              newTxid(token),
              amount,
              status,
              clock.instant().plus(processing).getEpochSecond(),
              simulation.drop(),
              simulation.risky());
      store.addTrade(trade, simulation.lost());
      trades.add(trade);
      if (simulation.drop() || simulation.lost()) {
        continue;
      }
      var processingNotice = delivery(order, token, trade, "processing", false);
      var finalNotice = delivery(order, token, trade, status, true);
      if (simulation.outOfOrder()) {
        copies(now, finalNotice, simulation.duplicates());
        copies(now, processingNotice, simulation.duplicates());
        continue;
      }
      if (intermediate) {
        copies(now, processingNotice, simulation.duplicates());
      }
      if (!simulation.dropFinal()) {
        copies(settled, finalNotice, simulation.duplicates());
      }
    }
    sender.sendInOrder(now);
    sender.sendInOrderAfter(processing, settled);
    return trades;
  }

  private static void copies(
      List<SandboxWebhookSender.Delivery> into, SandboxWebhookSender.Delivery delivery, int extra) {
    for (int copy = 0; copy <= extra; copy++) {
      into.add(delivery);
    }
  }

  /**
   * {@code webhook/resend}: the final webhooks of one API version's transactions paid in the
   * window, again (each version resends its own: v1's {@code webhook/resend} v1 orders', v2's v2
   * orders').
   *
   * @param recordIds only these records (v2), or all in the window when empty
   */
  int resend(long fromEpoch, long toEpoch, boolean onlyFailed, boolean v2, List<String> recordIds) {
    List<SandboxWebhookSender.Delivery> deliveries = new ArrayList<>();
    for (SandboxTrade trade : store.finalTradesBetween(fromEpoch, toEpoch)) {
      if ((onlyFailed && trade.delivered())
          || (!recordIds.isEmpty() && !recordIds.contains(trade.recordId()))) {
        continue;
      }
      SandboxOrder order = store.findByOrderId(trade.orderId()).orElseThrow();
      if (order.isV2() != v2) {
        continue;
      }
      SandboxToken token = SandboxCatalog.token(order.tokenId()).orElseThrow();
      deliveries.add(delivery(order, token, trade, trade.status(), true));
    }
    sender.sendInOrder(deliveries);
    return deliveries.size();
  }

  /**
   * {@code rescanLostTransaction}: looks for the transaction on the chain. One the scan missed,
   * sent to this address (and memo, where the chain has one), is recorded now and notified once it
   * is confirmed, as if just seen; the answer describes what was found, for the buyer.
   */
  String rescan(String appId, String chain, String toAddress, String txid, String memo) {
    var onChain = store.findByTxid(txid.trim()).orElse(null);
    SandboxOrder order =
        onChain == null ? null : store.findByOrderId(onChain.trade().orderId()).orElse(null);
    SandboxToken token = order == null ? null : SandboxCatalog.token(order.tokenId()).orElse(null);
    if (order == null
        || token == null
        || !order.appId().equals(appId)
        || !token.chain().equalsIgnoreCase(chain.trim())
        || !order.payAddress().equals(toAddress.trim())
        || (order.memo() != null && !order.memo().equals(memo == null ? "" : memo.trim()))) {
      return "No transaction "
          + txid.trim()
          + " to this address was found on "
          + chain.trim()
          + ". Check the transaction id, the network and the memo; a transaction still"
          + " confirming may not be visible yet.";
    }
    if (!onChain.lost()) {
      return "Transaction " + txid.trim() + " is already recorded; no rescan was needed.";
    }
    SandboxTrade trade = onChain.trade();
    long confirmedAt = clock.instant().plus(settings.processingTime()).getEpochSecond();
    store.found(trade.recordId(), confirmedAt);
    SandboxTrade found =
        new SandboxTrade(
            trade.orderId(),
            trade.recordId(),
            trade.txid(),
            trade.amount(),
            trade.status(),
            confirmedAt,
            false,
            trade.risky());
    sender.sendInOrderAfter(
        settings.processingTime(), List.of(delivery(order, token, found, found.status(), true)));
    return "Transaction "
        + txid.trim()
        + " was found and will be credited to the order once it is confirmed.";
  }

  private static BigDecimal total(SandboxOrder order, SandboxToken token, Simulation simulation) {
    BigDecimal due = order.orderAmount().setScale(token.precision(), RoundingMode.UP);
    if (simulation.amount() != null) {
      if (simulation.amount().signum() <= 0) {
        throw new SandboxError(SandboxError.INVALID_ARGUMENT, "amount must be positive");
      }
      try {
        return simulation.amount().setScale(token.precision(), RoundingMode.UNNECESSARY);
      } catch (ArithmeticException e) {
        throw new SandboxError(
            SandboxError.INVALID_ARGUMENT,
            "amount has more than " + token.precision() + " decimals");
      }
    }
    return switch (simulation.kind()) {
      case FULL, FAILED -> due;
      case PARTIAL -> due.divide(BigDecimal.valueOf(2), token.precision(), RoundingMode.DOWN);
      case OVER -> due.multiply(new BigDecimal("1.1")).setScale(token.precision(), RoundingMode.UP);
    };
  }

  /** An API Deposit webhook, as CCPayment's v1 documentation shows it. */
  /** The webhook of a transaction in {@code payStatus}, in its order's API version. */
  private SandboxWebhookSender.Delivery delivery(
      SandboxOrder order, SandboxToken token, SandboxTrade trade, String payStatus, boolean last) {
    if (order.isV2()) {
      String url = order.notifyUrl() != null ? order.notifyUrl() : settings.webhookUrlV2();
      return new SandboxWebhookSender.Delivery(
          url, webhookV2(order, token, trade, payStatus), trade.recordId(), last, true);
    }
    String url = order.notifyUrl() != null ? order.notifyUrl() : settings.webhookUrl();
    return new SandboxWebhookSender.Delivery(
        url, webhook(order, token, trade, payStatus), trade.recordId(), last);
  }

  /**
   * A v2 {@code ApiDeposit} webhook: ids and a status word, no amounts (the merchant reads the
   * record). Compact JSON in the documented field order.
   */
  static String webhookV2(
      SandboxOrder order, SandboxToken token, SandboxTrade trade, String payStatus) {
    return JSONP
        .createObjectBuilder()
        .add("type", "ApiDeposit")
        .add(
            "msg",
            JSONP
                .createObjectBuilder()
                .add("recordId", trade.recordId())
                .add("orderId", order.merchantOrderId())
                .add("coinId", Long.parseLong(token.coinId()))
                .add("coinSymbol", token.crypto())
                .add("status", SandboxV2Gateway.statusWord(payStatus))
                .add("isFlaggedAsRisky", trade.risky()))
        .build()
        .toString();
  }

  static String webhook(
      SandboxOrder order, SandboxToken token, SandboxTrade trade, String payStatus) {
    return JSONP
        .createObjectBuilder()
        .add("pay_status", payStatus)
        .add("order_type", "API Deposit")
        .add("record_id", trade.recordId())
        .add("order_id", order.orderId())
        .add("product_price", order.productPriceText())
        .add("denominated_currency", order.denominatedCurrency())
        .add(
            "order_amount",
            order.orderAmount().setScale(token.precision(), RoundingMode.UP).toPlainString())
        .add("fiat_rate", order.fiatRate().stripTrailingZeros().toPlainString())
        .add(
            "paid_amount",
            trade.amount().setScale(token.precision(), RoundingMode.DOWN).toPlainString())
        .add("token_rate", order.tokenRate().stripTrailingZeros().toPlainString())
        .add("chain", token.chain())
        .add("contract", token.contract())
        .add("crypto", token.crypto())
        .add("txid", trade.txid())
        .add(
            "extend", JSONP.createObjectBuilder().add("merchant_order_id", order.merchantOrderId()))
        .build()
        .toString();
  }

  private static String newRecordId() {
    StringBuilder id = new StringBuilder("2");
    while (id.length() < 20) {
      id.append(RANDOM.nextInt(10));
    }
    return id.toString();
  }

  private static String newTxid(SandboxToken token) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String hex = HexFormat.of().formatHex(bytes);
    return switch (token.addressFormat()) {
      case EVM -> "0x" + hex;
      case SOLANA -> hex.toUpperCase(Locale.ROOT).substring(0, 64);
      default -> hex;
    };
  }
}
