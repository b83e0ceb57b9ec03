package dev.paydesk.ccpayment.sandbox;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The sandbox's v2 withdrawals, with CCPayment's rules as {@code ccpayment-api-v2.md} §7–§9 gives
 * them: a balance per coin fed by the merchant's confirmed deposits (less the 0.5 % service fee)
 * and drawn by withdrawals that did not fail, a network fee per chain in the withdrawn coin (quoted
 * with a {@code networkFeeInquiryID} good for ten minutes), addresses checked against their chain's
 * shape, one withdrawal per merchant {@code orderId} ({@code 11011} for a second), records that are
 * {@code Processing} for {@link SandboxSettings#processingTime()} and then {@code Success} (or
 * {@code Failed} when a {@code WITHDRAWAL_FAILS} fault was armed), and signed {@code ApiWithdrawal}
 * webhooks (none for Cwallet transfers, as CCPayment sends none).
 */
@ApplicationScoped
class SandboxWithdrawals {

  private static final JsonProvider JSONP = JsonProvider.provider();
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String UNIQUE_VIOLATION = "23505";

  static final int BALANCE_INSUFFICIENT = 14000;
  static final int WITHDRAW_VALUE_LESS_THAN_LIMIT = 14005;
  static final int WITHDRAW_ADDR_FORMAT = 14007;
  static final int COIN_PRECISION_LIMIT = 14013;
  static final int AMOUNT_FEE_TOO_LITTLE = 14019;

  /** How long a fee quote id is taken. */
  static final Duration QUOTE_LIFE = Duration.ofMinutes(10);

  /** The smallest Cwallet transfer, in USD. */
  static final BigDecimal CWALLET_MINIMUM_USD = new BigDecimal("0.001");

  /** The reason a withdrawal failed by an armed fault gives. */
  static final String FAILED_REASON = "the chain rejected the transaction (sandbox fault)";

  private static final Map<SandboxToken.AddressFormat, Pattern> SHAPES =
      Map.of(
          SandboxToken.AddressFormat.TRON, Pattern.compile("T[1-9A-HJ-NP-Za-km-z]{33}"),
          SandboxToken.AddressFormat.EVM, Pattern.compile("0x[0-9a-fA-F]{40}"),
          SandboxToken.AddressFormat.BITCOIN,
              Pattern.compile("bc1[02-9ac-hj-np-z]{11,71}|[13][1-9A-HJ-NP-Za-km-z]{25,34}"),
          SandboxToken.AddressFormat.SOLANA, Pattern.compile("[1-9A-HJ-NP-Za-km-z]{32,44}"),
          SandboxToken.AddressFormat.XRP, Pattern.compile("r[1-9A-HJ-NP-Za-km-z]{24,34}"),
          SandboxToken.AddressFormat.TON, Pattern.compile("(UQ|EQ)[A-Za-z0-9_-]{46}"));

  /** The network fee of a withdrawal on each chain shape, in USD (paid in the withdrawn coin). */
  private static final Map<SandboxToken.AddressFormat, BigDecimal> FEE_USD =
      Map.of(
          SandboxToken.AddressFormat.TRON, new BigDecimal("1"),
          SandboxToken.AddressFormat.EVM, new BigDecimal("0.8"),
          SandboxToken.AddressFormat.BITCOIN, new BigDecimal("1.5"),
          SandboxToken.AddressFormat.SOLANA, new BigDecimal("0.01"),
          SandboxToken.AddressFormat.XRP, new BigDecimal("0.01"),
          SandboxToken.AddressFormat.TON, new BigDecimal("0.05"));

  /** A withdrawal as the sandbox keeps it. */
  record Withdrawal(
      String recordId,
      String appId,
      String orderId,
      long coinId,
      String chain,
      boolean cwallet,
      String toAddress,
      String toMemo,
      BigDecimal amount,
      BigDecimal fee,
      boolean merchantPays,
      String outcome,
      String reason,
      String txId,
      long createdEpoch,
      long finalEpoch,
      String notifyUrl) {

    /** What leaves the merchant's balance: the amount, and the fee when the merchant pays it. */
    BigDecimal drawn() {
      return merchantPays ? amount.add(fee) : amount;
    }
  }

  @Resource(lookup = "${MPCONFIG=paydesk.db.jndi-name:java:app/jdbc/paydesk}")
  private DataSource dataSource;

  private SandboxSettings settings;
  private SandboxWebhookSender webhooks;
  private Clock clock;

  protected SandboxWithdrawals() {
    // for CDI proxies
  }

  @Inject
  SandboxWithdrawals(SandboxSettings settings, SandboxWebhookSender webhooks, Clock clock) {
    this.settings = settings;
    this.webhooks = webhooks;
    this.clock = clock;
  }

  /** {@code getWithdrawFee} {@code {coinId, chain}}. */
  JsonValue fee(JsonObject request) {
    SandboxToken token = withdrawable(request);
    BigDecimal fee = networkFee(token);
    return JSONP
        .createObjectBuilder()
        .add(
            "fee",
            JSONP
                .createObjectBuilder()
                .add("coinId", Long.parseLong(token.coinId()))
                .add("coinSymbol", token.crypto())
                .add("amount", plain(fee)))
        .add("networkFeeInquiryID", quoteId(token, clock.instant().getEpochSecond()))
        .build();
  }

  /** {@code checkWithdrawalAddressValidity} {@code {chain, address}}. */
  JsonValue addressValidity(JsonObject request) {
    String chain = SandboxGateway.requiredString(request, "chain");
    SandboxToken token = onChain(chain);
    String address = SandboxGateway.requiredString(request, "address");
    return JSONP.createObjectBuilder().add("addrIsValid", valid(token, address)).build();
  }

  /**
   * {@code applyAppWithdrawToNetwork}.
   *
   * @param failLater the record this makes ends {@code Failed} (an armed fault)
   */
  synchronized JsonValue toNetwork(String appId, JsonObject request, boolean failLater) {
    String orderId = orderId(request);
    SandboxToken token = withdrawable(request);
    String address = SandboxGateway.requiredString(request, "address");
    if (!valid(token, address)) {
      throw new SandboxError(
          WITHDRAW_ADDR_FORMAT, "WithdrawAddrFormat: not an address on " + token.chain());
    }
    String memo = SandboxGateway.optionalString(request, "memo");
    BigDecimal amount = amount(request, token);
    BigDecimal fee = networkFee(token);
    String quote = SandboxGateway.optionalString(request, "networkFeeInquiryID");
    if (quote != null && !quote.isBlank() && !quoteTaken(token, quote)) {
      throw SandboxGateway.invalid("networkFeeInquiryID is unknown or older than ten minutes");
    }
    boolean merchantPays = request.getBoolean("merchantPayNetworkFee", false);
    if (!merchantPays && amount.compareTo(fee) <= 0) {
      throw new SandboxError(
          AMOUNT_FEE_TOO_LITTLE, "WithdrawAmountFeeTooLittle: the amount does not cover the fee");
    }
    Withdrawal w =
        made(
            appId,
            orderId,
            token,
            false,
            address,
            memo == null || memo.isBlank() ? null : memo,
            amount,
            fee,
            merchantPays,
            failLater,
            SandboxGateway.optionalString(request, "notifyUrl"));
    String url = w.notifyUrl() != null ? w.notifyUrl() : settings.webhookUrlV2();
    long settle = w.finalEpoch() - w.createdEpoch();
    if (settle > 0) {
      webhooks.sendInOrder(List.of(delivery(url, w, token, "Processing", false)));
    }
    webhooks.sendInOrderAfter(
        Duration.ofSeconds(settle), List.of(delivery(url, w, token, w.outcome(), true)));
    return JSONP.createObjectBuilder().add("recordId", w.recordId()).build();
  }

  /** {@code applyAppWithdrawToCwallet}: no fee, no webhook, at least 0.001 USD worth. */
  synchronized JsonValue toCwallet(String appId, JsonObject request, boolean failLater) {
    String orderId = orderId(request);
    SandboxToken token =
        withdrawable(
            JSONP
                .createObjectBuilder(request)
                .add("chain", firstChainOf(SandboxV2Gateway.requiredLong(request, "coinId")))
                .build());
    String user = SandboxGateway.requiredString(request, "cwalletUser");
    if (user.length() < 3 || user.length() > 64) {
      throw SandboxGateway.invalid("cwalletUser is a Cwallet id or e-mail address");
    }
    BigDecimal amount = amount(request, token);
    if (amount.multiply(token.usdRate()).compareTo(CWALLET_MINIMUM_USD) < 0) {
      throw new SandboxError(
          WITHDRAW_VALUE_LESS_THAN_LIMIT, "WithdrawValueLessThanLimit: at least 0.001 USD");
    }
    Withdrawal w =
        made(
            appId,
            orderId,
            token,
            true,
            user,
            null,
            amount,
            BigDecimal.ZERO,
            true,
            failLater,
            null);
    return JSONP.createObjectBuilder().add("recordId", w.recordId()).build();
  }

  /**
   * v1's {@code network/fee} {@code {token_id, address, memo}}: the fee of a withdrawal of the
   * token, 0 to a Cwallet id (an internal transfer).
   */
  JsonValue v1Fee(JsonObject request) {
    SandboxToken token = v1Token(request);
    String address = SandboxGateway.optionalString(request, "address");
    boolean internal = address != null && !address.isBlank() && !valid(token, address);
    return JSONP
        .createObjectBuilder()
        .add("token_id", token.tokenId())
        .add("crypto", token.crypto())
        .add("fee", internal ? "0" : plain(networkFee(token)))
        .build();
  }

  /**
   * v1's {@code withdraw} {@code {token_id, address, value, merchant_order_id, memo,
   * merchant_pays_fee}}: to an address of the token's chain, or to a Cwallet id (no fee). The same
   * store, balance and rules as v2's, one withdrawal per merchant order id; its final status is
   * told by a signed v1 {@code API Withdrawal} webhook.
   */
  synchronized JsonValue v1Withdraw(String appId, JsonObject request, boolean failLater) {
    SandboxToken token = v1Token(request);
    String orderId = SandboxGateway.requiredString(request, "merchant_order_id");
    if (orderId.length() < 3 || orderId.length() > 64) {
      throw SandboxGateway.invalid("merchant_order_id must be 3 to 64 characters");
    }
    String address = SandboxGateway.requiredString(request, "address");
    boolean cwallet = !valid(token, address);
    if (cwallet && !address.strip().matches("[0-9]{5,20}|[^@\\s]+@[^@\\s]+")) {
      throw new SandboxError(
          WITHDRAW_ADDR_FORMAT,
          "WithdrawAddrFormat: neither an address on " + token.chain() + " nor a Cwallet id");
    }
    BigDecimal amount =
        amount(
            JSONP
                .createObjectBuilder()
                .add("amount", SandboxGateway.requiredString(request, "value"))
                .build(),
            token);
    BigDecimal fee = cwallet ? BigDecimal.ZERO : networkFee(token);
    boolean merchantPays = cwallet || request.getBoolean("merchant_pays_fee", false);
    if (!merchantPays && amount.compareTo(fee) <= 0) {
      throw new SandboxError(
          AMOUNT_FEE_TOO_LITTLE, "WithdrawAmountFeeTooLittle: the value does not cover the fee");
    }
    String memo = SandboxGateway.optionalString(request, "memo");
    Withdrawal w =
        made(
            appId,
            orderId,
            token,
            cwallet,
            address.strip(),
            memo == null || memo.isBlank() ? null : memo,
            amount,
            fee,
            merchantPays,
            failLater,
            null);
    BigDecimal received = merchantPays ? amount : amount.subtract(fee);
    if (!cwallet) {
      String body =
          JSONP
              .createObjectBuilder()
              .add("pay_status", "Success".equals(w.outcome()) ? "success" : "failed")
              .add("order_type", "API Withdrawal")
              .add("order_id", w.recordId())
              .add("record_id", w.recordId())
              .add("withdraw_amount", plain(amount))
              .add("net_receivable", plain(received))
              .add("network_fee", plain(fee))
              .add("network_fee_crypto", token.crypto())
              .add("network_coin_id", token.coinId())
              .add("network_fee_value", plain(fee.multiply(token.usdRate())))
              .add("chain", token.chain())
              .add("contract", token.contract())
              .add("crypto", token.crypto())
              .add("to_address", w.toAddress())
              .add("memo", w.toMemo() == null ? "" : w.toMemo())
              .add("txid", w.txId() == null ? "" : w.txId())
              .add("merchant_order_id", orderId)
              .add("merchant_pays_fee", merchantPays)
              .build()
              .toString();
      webhooks.sendInOrderAfter(
          Duration.ofSeconds(w.finalEpoch() - w.createdEpoch()),
          List.of(
              new SandboxWebhookSender.Delivery(settings.webhookUrl(), body, w.recordId(), true)));
    }
    return JSONP
        .createObjectBuilder()
        .add("order_id", w.recordId())
        .add("record_id", w.recordId())
        .add("network_fee", plain(fee))
        .add("net_receivable", plain(received))
        .add("network_fee_crypto", token.crypto())
        .add("network_coin_id", token.coinId())
        .add("network_fee_value", plain(fee.multiply(token.usdRate())))
        .build();
  }

  /** v1's {@code check/user} {@code {c_id}}: a Cwallet id the sandbox takes, with a nickname. */
  JsonValue v1CheckUser(JsonObject request) {
    String id = SandboxGateway.requiredString(request, "c_id").strip();
    if (!id.matches("[0-9]{5,20}")) {
      throw new SandboxError(SandboxError.NOT_FOUND, "no Cwallet user " + id);
    }
    return JSONP
        .createObjectBuilder()
        .add("c_id", id)
        .add("nickname", "buyer-" + id.substring(id.length() - 4))
        .build();
  }

  /** v1's {@code assets} {@code {coin_id}}: the balances, one coin or all. */
  JsonValue v1Assets(String appId, JsonObject request) {
    String only = SandboxGateway.optionalString(request, "coin_id");
    Map<Long, BigDecimal> balances = balances(appId);
    JsonArrayBuilder list = JSONP.createArrayBuilder();
    SandboxCatalog.TOKENS.stream()
        .filter(t -> only == null || only.isBlank() || t.coinId().equals(only))
        .map(SandboxToken::coinId)
        .distinct()
        .forEach(
            coinId -> {
              SandboxToken first =
                  SandboxCatalog.TOKENS.stream()
                      .filter(t -> t.coinId().equals(coinId))
                      .findFirst()
                      .orElseThrow();
              list.add(
                  JSONP
                      .createObjectBuilder()
                      .add("coin_id", coinId)
                      .add("crypto", first.crypto())
                      .add("name", first.name())
                      .add(
                          "value",
                          plain(balances.getOrDefault(Long.parseLong(coinId), BigDecimal.ZERO)))
                      .add("price", plain(first.usdRate()))
                      .add("logo", first.logo()));
            });
    return JSONP.createObjectBuilder().add("list", list).build();
  }

  private static SandboxToken v1Token(JsonObject request) {
    String tokenId = SandboxGateway.requiredString(request, "token_id");
    SandboxToken token =
        SandboxCatalog.token(tokenId)
            .orElseThrow(
                () ->
                    new SandboxError(
                        SandboxError.INVALID_COIN, "InvalidCoin: no token " + tokenId));
    if (token.isLightning()) {
      throw new SandboxError(
          SandboxError.INVALID_CHAIN, "InvalidChain: no withdrawals on " + token.chain());
    }
    return token;
  }

  /** {@code getAppWithdrawRecord} {@code {recordId | orderId}}. */
  JsonValue record(String appId, JsonObject request) {
    String recordId = SandboxGateway.optionalString(request, "recordId");
    String orderId = SandboxGateway.optionalString(request, "orderId");
    Optional<Withdrawal> found;
    if (recordId != null && !recordId.isBlank()) {
      found = find("record_id = ? AND app_id = ?", recordId, appId);
    } else if (orderId != null && !orderId.isBlank()) {
      found = find("order_id = ? AND app_id = ?", orderId, appId);
    } else {
      throw SandboxGateway.invalid("recordId or orderId is required");
    }
    Withdrawal w =
        found.orElseThrow(() -> new SandboxError(SandboxError.NOT_FOUND, "NotFound: no record"));
    return JSONP.createObjectBuilder().add("record", json(w)).build();
  }

  /** {@code getAppCoinAssetList}: every coin's available balance ({@code ""} when none). */
  JsonValue assets(String appId) {
    Map<Long, BigDecimal> balances = balances(appId);
    JsonArrayBuilder assets = JSONP.createArrayBuilder();
    SandboxCatalog.TOKENS.stream()
        .map(SandboxToken::coinId)
        .distinct()
        .forEach(
            coinId -> {
              SandboxToken first =
                  SandboxCatalog.TOKENS.stream()
                      .filter(t -> t.coinId().equals(coinId))
                      .findFirst()
                      .orElseThrow();
              BigDecimal available = balances.getOrDefault(Long.parseLong(coinId), BigDecimal.ZERO);
              assets.add(
                  JSONP
                      .createObjectBuilder()
                      .add("coinId", Long.parseLong(coinId))
                      .add("coinSymbol", first.crypto())
                      .add("available", available.signum() == 0 ? "" : plain(available)));
            });
    return JSONP.createObjectBuilder().add("assets", assets).build();
  }

  /**
   * Sets a coin's available balance (the control API's), by a correction on top of what deposits
   * and withdrawals leave.
   */
  synchronized void setBalance(String appId, long coinId, BigDecimal available) {
    BigDecimal now = balances(appId).getOrDefault(coinId, BigDecimal.ZERO);
    update(
        "INSERT INTO sandbox_balance_adjustment (app_id, coin_id, amount) VALUES (?, ?, ?)",
        appId,
        coinId,
        available.subtract(now));
  }

  /** Drops every correction: balances are again what deposits and withdrawals leave. */
  void clearBalances(String appId) {
    update("DELETE FROM sandbox_balance_adjustment WHERE app_id = ?", appId);
  }

  private void update(String sql, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("sandbox update failed", e);
    }
  }

  /** The withdrawals of this app as {@code getAppWithdrawRecord} shows each, newest first. */
  JsonValue records(String appId) {
    JsonArrayBuilder records = JSONP.createArrayBuilder();
    all(appId).forEach(w -> records.add(json(w)));
    return records.build();
  }

  /** The withdrawals of this app, newest first (the sandbox's control page lists them). */
  List<Withdrawal> all(String appId) {
    return query(
        "SELECT "
            + COLUMNS
            + " FROM sandbox_withdrawal WHERE app_id = ? ORDER BY created_epoch DESC",
        appId);
  }

  private Withdrawal made(
      String appId,
      String orderId,
      SandboxToken token,
      boolean cwallet,
      String to,
      String memo,
      BigDecimal amount,
      BigDecimal fee,
      boolean merchantPays,
      boolean failLater,
      String notifyUrl) {
    if (find("order_id = ? AND app_id = ?", orderId, appId).isPresent()) {
      throw new SandboxError(SandboxError.ORDER_DUPLICATE, "OrderDuplicate: orderId already used");
    }
    long coinId = Long.parseLong(token.coinId());
    BigDecimal drawn = merchantPays ? amount.add(fee) : amount;
    BigDecimal available = balances(appId).getOrDefault(coinId, BigDecimal.ZERO);
    if (available.compareTo(drawn) < 0) {
      throw new SandboxError(
          BALANCE_INSUFFICIENT,
          "BalanceInsufficient: "
              + plain(available)
              + " "
              + token.crypto()
              + " available, "
              + plain(drawn)
              + " asked");
    }
    long now = clock.instant().getEpochSecond();
    Withdrawal w =
        new Withdrawal(
            newRecordId(now),
            appId,
            orderId,
            coinId,
            cwallet ? "Cwallet OS" : token.chain(),
            cwallet,
            to,
            memo,
            amount,
            fee,
            merchantPays,
            failLater ? "Failed" : "Success",
            failLater ? FAILED_REASON : null,
            failLater || cwallet ? null : txId(token),
            now,
            now + settings.processingTime().toSeconds(),
            notifyUrl);
    insert(w);
    return w;
  }

  /** Confirmed, unflagged deposits less their service fee, less what withdrawals took. */
  Map<Long, BigDecimal> balances(String appId) {
    Map<Long, BigDecimal> balances = new HashMap<>();
    long now = clock.instant().getEpochSecond();
    String deposits =
        "SELECT o.token_id, SUM(t.amount) FROM sandbox_trade t"
            + " JOIN sandbox_order o ON o.order_id = t.order_id"
            + " WHERE o.app_id = ? AND t.status = 'success' AND NOT t.risky AND NOT t.lost"
            + " AND t.pay_time <= ? GROUP BY o.token_id";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(deposits)) {
      ps.setString(1, appId);
      ps.setLong(2, now);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Optional<SandboxToken> token = SandboxCatalog.token(rs.getString(1));
          if (token.isPresent()) {
            BigDecimal net = rs.getBigDecimal(2).multiply(new BigDecimal("0.995"));
            balances.merge(Long.parseLong(token.get().coinId()), net, BigDecimal::add);
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("sandbox balance query failed", e);
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT coin_id, SUM(amount) FROM sandbox_balance_adjustment WHERE app_id = ?"
                    + " GROUP BY coin_id")) {
      ps.setString(1, appId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          balances.merge(rs.getLong(1), rs.getBigDecimal(2), BigDecimal::add);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("sandbox balance query failed", e);
    }
    for (Withdrawal w : all(appId)) {
      boolean failed = "Failed".equals(w.outcome()) && w.finalEpoch() <= now;
      if (!failed) {
        balances.merge(w.coinId(), w.drawn().negate(), BigDecimal::add);
      }
    }
    return balances;
  }

  private JsonObject json(Withdrawal w) {
    SandboxToken token =
        SandboxCatalog.TOKENS.stream()
            .filter(t -> t.coinId().equals(Long.toString(w.coinId())))
            .findFirst()
            .orElseThrow();
    String status = status(w);
    JsonObjectBuilder record =
        JSONP
            .createObjectBuilder()
            .add("recordId", w.recordId())
            .add("withdrawType", w.cwallet() ? "Cwallet" : "Network")
            .add("coinId", w.coinId())
            .add("coinSymbol", token.crypto())
            .add("chain", w.chain())
            .add("orderId", w.orderId())
            .add("status", status)
            .add("amount", plain(w.amount()))
            .add("coinUSDPrice", plain(token.usdRate()));
    if (w.cwallet()) {
      record.add("cwalletUser", w.toAddress()).add("txId", "");
    } else {
      record
          .add("toAddress", w.toAddress())
          .add("toMemo", w.toMemo() == null ? "" : w.toMemo())
          .add("txId", "Success".equals(status) ? w.txId() : "")
          .add(
              "fee",
              JSONP
                  .createObjectBuilder()
                  .add("coinId", w.coinId())
                  .add("coinSymbol", token.crypto())
                  .add("amount", plain(w.fee())));
    }
    if ("Failed".equals(status)) {
      record.add("reason", w.reason());
    }
    return record.build();
  }

  private String status(Withdrawal w) {
    return w.finalEpoch() > clock.instant().getEpochSecond() ? "Processing" : w.outcome();
  }

  private SandboxWebhookSender.Delivery delivery(
      String url, Withdrawal w, SandboxToken token, String status, boolean isFinal) {
    String body =
        JSONP
            .createObjectBuilder()
            .add("type", "ApiWithdrawal")
            .add(
                "msg",
                JSONP
                    .createObjectBuilder()
                    .add("recordId", w.recordId())
                    .add("orderId", w.orderId())
                    .add("coinId", w.coinId())
                    .add("coinSymbol", token.crypto())
                    .add("status", status))
            .build()
            .toString();
    return new SandboxWebhookSender.Delivery(url, body, w.recordId(), isFinal, true);
  }

  private static String orderId(JsonObject request) {
    String orderId = SandboxGateway.requiredString(request, "orderId");
    if (orderId.length() < 3 || orderId.length() > 64) {
      throw SandboxGateway.invalid("orderId must be 3 to 64 characters");
    }
    return orderId;
  }

  private static BigDecimal amount(JsonObject request, SandboxToken token) {
    BigDecimal amount =
        SandboxGateway.decimal(SandboxGateway.requiredString(request, "amount"), "amount");
    if (amount.signum() <= 0) {
      throw SandboxGateway.invalid("amount must be greater than 0");
    }
    if (amount.stripTrailingZeros().scale() > token.precision()) {
      throw new SandboxError(
          COIN_PRECISION_LIMIT,
          "CoinPrecisionLimit: " + token.crypto() + " has " + token.precision() + " decimals");
    }
    return amount;
  }

  /** The token a withdrawal of {@code coinId} on {@code chain} draws on. */
  private static SandboxToken withdrawable(JsonObject request) {
    SandboxToken token =
        SandboxV2Gateway.onChain(
            SandboxV2Gateway.requiredLong(request, "coinId"),
            SandboxGateway.requiredString(request, "chain"));
    if (token.isLightning()) {
      throw new SandboxError(
          SandboxError.INVALID_CHAIN, "InvalidChain: no withdrawals on " + token.chain());
    }
    return token;
  }

  private static String firstChainOf(long coinId) {
    return SandboxCatalog.TOKENS.stream()
        .filter(t -> t.coinId().equals(Long.toString(coinId)) && !t.isLightning())
        .map(SandboxToken::chain)
        .findFirst()
        .orElseThrow(
            () ->
                new SandboxError(
                    SandboxError.INVALID_COIN, "InvalidCoin: unknown coinId " + coinId));
  }

  private static SandboxToken onChain(String chain) {
    return SandboxCatalog.TOKENS.stream()
        .filter(t -> t.chain().equalsIgnoreCase(chain) && !t.isLightning())
        .findFirst()
        .orElseThrow(
            () -> new SandboxError(SandboxError.INVALID_CHAIN, "InvalidChain: unknown " + chain));
  }

  static boolean valid(SandboxToken token, String address) {
    Pattern shape = SHAPES.get(token.addressFormat());
    return shape != null && address != null && shape.matcher(address.strip()).matches();
  }

  static BigDecimal networkFee(SandboxToken token) {
    return FEE_USD
        .getOrDefault(token.addressFormat(), BigDecimal.ONE)
        .divide(token.usdRate(), token.precision(), RoundingMode.UP)
        .stripTrailingZeros();
  }

  /** A quote id that names its coin, chain and minute (the sandbox keeps no quotes). */
  private static String quoteId(SandboxToken token, long epoch) {
    return "fq" + token.coinId() + "x" + token.chain() + "x" + epoch;
  }

  private boolean quoteTaken(SandboxToken token, String quote) {
    String prefix = "fq" + token.coinId() + "x" + token.chain() + "x";
    if (!quote.startsWith(prefix)) {
      return false;
    }
    try {
      long at = Long.parseLong(quote.substring(prefix.length()));
      long now = clock.instant().getEpochSecond();
      return at <= now && now - at <= QUOTE_LIFE.toSeconds();
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String newRecordId(long epoch) {
    return java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(java.time.ZoneOffset.UTC)
            .format(java.time.Instant.ofEpochSecond(epoch))
        + String.format("%018d", Math.floorMod(RANDOM.nextLong(), 1_000_000_000_000_000_000L));
  }

  private static String txId(SandboxToken token) {
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String hex = HexFormat.of().formatHex(random);
    return token.addressFormat() == SandboxToken.AddressFormat.EVM ? "0x" + hex : hex;
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static final String COLUMNS =
      "record_id, app_id, order_id, coin_id, chain, kind, to_address, to_memo, amount, fee,"
          + " merchant_pays, outcome, reason, tx_id, created_epoch, final_epoch, notify_url";

  private void insert(Withdrawal w) {
    String sql =
        "INSERT INTO sandbox_withdrawal ("
            + COLUMNS
            + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, w.recordId());
      ps.setString(2, w.appId());
      ps.setString(3, w.orderId());
      ps.setLong(4, w.coinId());
      ps.setString(5, w.chain());
      ps.setString(6, w.cwallet() ? "CWALLET" : "NETWORK");
      ps.setString(7, w.toAddress());
      ps.setString(8, w.toMemo());
      ps.setBigDecimal(9, w.amount());
      ps.setBigDecimal(10, w.fee());
      ps.setBoolean(11, w.merchantPays());
      ps.setString(12, w.outcome());
      ps.setString(13, w.reason());
      ps.setString(14, w.txId());
      ps.setLong(15, w.createdEpoch());
      ps.setLong(16, w.finalEpoch());
      ps.setString(17, w.notifyUrl());
      ps.executeUpdate();
    } catch (SQLException e) {
      if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
        // another instance made it a moment ago: CCPayment answers the same
        throw new SandboxError(
            SandboxError.ORDER_DUPLICATE, "OrderDuplicate: orderId already used");
      }
      throw new IllegalStateException("sandbox_withdrawal insert failed", e);
    }
  }

  private Optional<Withdrawal> find(String where, Object... params) {
    return query("SELECT " + COLUMNS + " FROM sandbox_withdrawal WHERE " + where, params).stream()
        .findFirst();
  }

  private List<Withdrawal> query(String sql, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      List<Withdrawal> found = new java.util.ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          found.add(
              new Withdrawal(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getLong(4),
                  rs.getString(5),
                  "CWALLET".equals(rs.getString(6)),
                  rs.getString(7),
                  rs.getString(8),
                  rs.getBigDecimal(9),
                  rs.getBigDecimal(10),
                  rs.getBoolean(11),
                  rs.getString(12),
                  rs.getString(13),
                  rs.getString(14),
                  rs.getLong(15),
                  rs.getLong(16),
                  rs.getString(17)));
        }
      }
      return found;
    } catch (SQLException e) {
      throw new IllegalStateException("sandbox_withdrawal query failed", e);
    }
  }
}
