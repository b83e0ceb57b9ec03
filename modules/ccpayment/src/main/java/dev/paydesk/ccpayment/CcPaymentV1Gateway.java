package dev.paydesk.ccpayment;

import dev.paydesk.ccpayment.client.CcPaymentClient;
import dev.paydesk.ccpayment.client.CcPaymentHttp;
import dev.paydesk.ccpayment.client.Endpoint;
import dev.paydesk.ccpayment.v2.V2TokenId;
import dev.paydesk.ccpayment.wire.BillCreateData;
import dev.paydesk.ccpayment.wire.BillCreateRequest;
import dev.paydesk.ccpayment.wire.BillInfoEntry;
import dev.paydesk.ccpayment.wire.BillInfoRequest;
import dev.paydesk.ccpayment.wire.CoinAllData;
import dev.paydesk.ccpayment.wire.TokenRateData;
import dev.paydesk.ccpayment.wire.TokenRateRequest;
import dev.paydesk.ccpayment.wire.WebhookResendData;
import dev.paydesk.ccpayment.wire.WebhookResendRequest;
import dev.paydesk.domain.gateway.GatewayOrder;
import dev.paydesk.domain.gateway.GatewayOrderRequest;
import dev.paydesk.domain.gateway.GatewayOrderStatus;
import dev.paydesk.domain.gateway.GatewayTrade;
import dev.paydesk.domain.gateway.GatewayUnavailableException;
import dev.paydesk.domain.gateway.GatewayUnavailableException.Reason;
import dev.paydesk.domain.gateway.PaymentGateway;
import dev.paydesk.domain.gateway.TokenQuote;
import dev.paydesk.domain.order.CheckoutTerms;
import dev.paydesk.domain.payment.ReportedAsset;
import dev.paydesk.domain.token.Token;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * CCPayment v1 (or its sandbox) behind {@link CcPaymentGateway}: translates, and checks what comes
 * back.
 */
@ApplicationScoped
@Typed(CcPaymentV1Gateway.class)
public class CcPaymentV1Gateway {

  /** coin/token status meaning "usable for payments". */
  static final int USABLE = 1;

  private CcPaymentClient client;

  protected CcPaymentV1Gateway() {
    // for CDI proxies
  }

  @Inject
  public CcPaymentV1Gateway(CcPaymentClient client) {
    this.client = client;
  }

  public GatewayOrder createOrder(GatewayOrderRequest request) {
    BillCreateRequest body =
        new BillCreateRequest(
            request.gatewayMerchantOrderId(),
            request.price().toPlainString(),
            request.tokenId(),
            // CCPayment's word for a price in the token itself
            CheckoutTerms.TOKEN.equals(request.currency()) ? "token" : request.currency(),
            request.validPeriod().toSeconds(),
            request.remark());
    BillCreateData data =
        CcPaymentHttp.guarded(
            () -> client.create(Endpoint.BILL_CREATE, body, BillCreateData.class));
    return toGatewayOrder(data);
  }

  public List<GatewayOrderStatus> orderStatuses(List<String> gatewayMerchantOrderIds) {
    if (gatewayMerchantOrderIds.isEmpty()) {
      return List.of();
    }
    if (gatewayMerchantOrderIds.size() > PaymentGateway.MAX_ORDER_QUERY) {
      throw new IllegalArgumentException(
          "bill/info takes at most " + PaymentGateway.MAX_ORDER_QUERY + " ids");
    }
    BillInfoEntry[] data =
        CcPaymentHttp.guarded(
            () ->
                client.query(
                    Endpoint.BILL_INFO,
                    new BillInfoRequest(List.copyOf(gatewayMerchantOrderIds)),
                    BillInfoEntry[].class));
    return toOrderStatuses(data);
  }

  static List<GatewayOrderStatus> toOrderStatuses(BillInfoEntry[] data) {
    List<GatewayOrderStatus> statuses = new ArrayList<>();
    for (BillInfoEntry entry : data == null ? new BillInfoEntry[0] : data) {
      if (entry == null
          || entry.orderDetail() == null
          || blank(entry.orderDetail().merchantOrderId())) {
        continue;
      }
      List<GatewayTrade> trades = new ArrayList<>();
      for (BillInfoEntry.Trade trade :
          entry.tradeList() == null ? List.<BillInfoEntry.Trade>of() : entry.tradeList()) {
        if (trade == null || blank(trade.txid()) || blank(trade.amount())) {
          continue;
        }
        try {
          trades.add(
              new GatewayTrade(
                  trade.txid().trim(),
                  new BigDecimal(trade.amount().trim()),
                  trade.payTime() == null ? null : Instant.ofEpochSecond(trade.payTime()),
                  new ReportedAsset(
                      trade.crypto(),
                      trade.chain(),
                      trade.contract(),
                      orderAmount(entry.orderDetail().orderAmount()))));
        } catch (NumberFormatException e) {
          throw new GatewayUnavailableException(
              Reason.BAD_ANSWER, "bill/info lists a trade amount that is not a number", e);
        }
      }
      statuses.add(
          new GatewayOrderStatus(
              entry.orderDetail().merchantOrderId(), entry.orderDetail().status(), trades));
    }
    return statuses;
  }

  /**
   * {@code webhook/resend} (once a minute at CCPayment, so never retried here).
   *
   * @return how many it will send, or -1 when v1 does not say
   */
  public int resendWebhooks(Instant from, Instant to, boolean all) {
    WebhookResendRequest body =
        new WebhookResendRequest(
            from.getEpochSecond(), to.getEpochSecond(), all ? "All Result" : "Failed");
    WebhookResendData data =
        CcPaymentHttp.guarded(
            () -> client.create(Endpoint.WEBHOOK_RESEND, body, WebhookResendData.class));
    return data == null || data.resendCount() == null ? -1 : data.resendCount();
  }

  public TokenQuote quote(String tokenId, BigDecimal usdAmount) {
    TokenRateData data =
        CcPaymentHttp.guarded(
            () ->
                client.query(
                    Endpoint.TOKEN_RATE,
                    new TokenRateRequest(tokenId, usdAmount.toPlainString()),
                    TokenRateData.class));
    if (data == null || blank(data.price()) || blank(data.value())) {
      throw new GatewayUnavailableException(
          Reason.BAD_ANSWER, "CCPayment's token/rate answer lacks price or value");
    }
    try {
      return new TokenQuote(
          new BigDecimal(data.price().trim()), new BigDecimal(data.value().trim()));
    } catch (NumberFormatException e) {
      throw new GatewayUnavailableException(
          Reason.BAD_ANSWER, "CCPayment's token/rate answer is not a number", e);
    }
  }

  public List<Token> tokens() {
    CoinAllData data =
        CcPaymentHttp.guarded(() -> client.query(Endpoint.COIN_ALL, null, CoinAllData.class));
    return toTokens(data);
  }

  static GatewayOrder toGatewayOrder(BillCreateData data) {
    if (data == null || blank(data.orderId()) || blank(data.payAddress()) || blank(data.amount())) {
      throw new GatewayUnavailableException(
          Reason.BAD_ANSWER,
          "CCPayment's bill/create answer lacks order_id, pay_address or amount");
    }
    BigDecimal amount;
    try {
      amount = new BigDecimal(data.amount().trim());
    } catch (NumberFormatException e) {
      throw new GatewayUnavailableException(
          Reason.BAD_ANSWER, "CCPayment's amount is not a number", e);
    }
    if (amount.signum() <= 0) {
      throw new GatewayUnavailableException(
          Reason.BAD_ANSWER, "CCPayment's amount is not positive");
    }
    Duration valid =
        data.orderValidPeriod() == null || data.orderValidPeriod() <= 0
            ? null
            : Duration.ofSeconds(data.orderValidPeriod());
    return new GatewayOrder(
        data.orderId(),
        amount,
        data.crypto(),
        data.network(),
        data.payAddress(),
        data.memo(),
        data.logo(),
        valid);
  }

  /** The order's amount as bill/info lists it; unknown when missing or not a number. */
  private static BigDecimal orderAmount(String text) {
    try {
      return blank(text) ? null : new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static List<Token> toTokens(CoinAllData data) {
    List<Token> tokens = new ArrayList<>();
    if (data == null || data.list() == null) {
      return tokens;
    }
    for (CoinAllData.Coin coin : data.list()) {
      if (coin.tokens() == null) {
        continue;
      }
      for (CoinAllData.Network network : coin.tokens()) {
        if (blank(network.tokenId())) {
          continue;
        }
        boolean usable =
            Objects.equals(coin.status(), USABLE) && Objects.equals(network.status(), USABLE);
        String crypto = blank(network.crypto()) ? coin.crypto() : network.crypto();
        // the token's v2-style name too, so that a shop's SYMBOL.CHAIN ids work on v1 as well
        List<String> aliases =
            blank(crypto) || blank(network.chain())
                ? List.of()
                : V2TokenId.parse(crypto + "." + network.chain())
                    .map(id -> List.of(id.toString()))
                    .orElse(List.of());
        tokens.add(
            new Token(
                network.tokenId(),
                crypto,
                coin.name(),
                network.network(),
                network.chain(),
                network.contract(),
                blank(network.logo()) ? coin.logo() : network.logo(),
                Boolean.TRUE.equals(network.isSupportMemo()),
                coin.precision() == null ? 8 : coin.precision(),
                usable,
                aliases));
      }
    }
    return tokens;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
