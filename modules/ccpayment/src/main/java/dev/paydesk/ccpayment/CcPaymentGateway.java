package dev.paydesk.ccpayment;

import dev.paydesk.application.gateway.GatewayApiChoice;
import dev.paydesk.ccpayment.v2.CcPaymentV2Gateway;
import dev.paydesk.domain.gateway.GatewayApi;
import dev.paydesk.domain.gateway.GatewayOrder;
import dev.paydesk.domain.gateway.GatewayOrderRequest;
import dev.paydesk.domain.gateway.GatewayOrderStatus;
import dev.paydesk.domain.gateway.GatewayRejectedException;
import dev.paydesk.domain.gateway.HeldPayment;
import dev.paydesk.domain.gateway.LostTransaction;
import dev.paydesk.domain.gateway.PaymentGateway;
import dev.paydesk.domain.gateway.TokenQuote;
import dev.paydesk.domain.token.Token;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link PaymentGateway} on CCPayment: each order is made and asked about with the API version it
 * records ({@link CcPaymentV1Gateway}, {@link CcPaymentV2Gateway}); tokens and quotes come from the
 * version new orders use ({@code paydesk.ccpayment.api}).
 */
@ApplicationScoped
public class CcPaymentGateway implements PaymentGateway {

  private static final System.Logger LOG = System.getLogger(CcPaymentGateway.class.getName());

  private CcPaymentV1Gateway v1;
  private CcPaymentV2Gateway v2;
  private GatewayApiChoice choice;

  protected CcPaymentGateway() {
    // for CDI proxies
  }

  @Inject
  public CcPaymentGateway(CcPaymentV1Gateway v1, CcPaymentV2Gateway v2, GatewayApiChoice choice) {
    this.v1 = v1;
    this.v2 = v2;
    this.choice = choice;
  }

  @Override
  public GatewayOrder createOrder(GatewayOrderRequest request) {
    return request.api() == GatewayApi.V2 ? v2.createOrder(request) : v1.createOrder(request);
  }

  @Override
  public List<GatewayOrderStatus> orderStatuses(GatewayApi api, List<String> ids) {
    return api == GatewayApi.V2 ? v2.orderStatuses(ids) : v1.orderStatuses(ids);
  }

  @Override
  public int resendWebhooks(GatewayApi api, Instant from, Instant to, boolean all) {
    return api == GatewayApi.V2
        ? v2.resendWebhooks(from, to, all)
        : v1.resendWebhooks(from, to, all);
  }

  /** v1 has no rescan: CCPayment's support is asked with the txid instead. */
  @Override
  public String rescan(GatewayApi api, LostTransaction transaction) {
    if (api != GatewayApi.V2) {
      throw new GatewayRejectedException(
          NO_SUCH_CALL,
          "CCPayment v1 cannot rescan a transaction; send the transaction id to CCPayment's"
              + " support");
    }
    return v2.rescan(transaction);
  }

  /** v1 flags no payment as risky. */
  @Override
  public List<HeldPayment> riskyPayments(GatewayApi api, String gatewayMerchantOrderId) {
    return api == GatewayApi.V2 ? v2.riskyPayments(gatewayMerchantOrderId) : List.of();
  }

  /** The code of a refusal for a call the order's API version does not have. */
  public static final int NO_SUCH_CALL = 10001;

  /**
   * Under v2, each token also answers to the v1 token ids of the same symbol and chain, read from
   * v1 while it still answers (an install that moved from v1 keeps its shops' ids working); without
   * v1, v2's ids alone.
   */
  @Override
  public List<Token> tokens() {
    if (choice.forNewOrders() == GatewayApi.V1) {
      return v1.tokens();
    }
    List<Token> tokens = v2.tokens();
    List<Token> v1Tokens;
    try {
      v1Tokens = v1.tokens();
    } catch (RuntimeException e) {
      LOG.log(Level.DEBUG, "v1 token ids not read, v2's alone are accepted: {0}", e.getMessage());
      return tokens;
    }
    Map<String, List<String>> v1IdsByName = new HashMap<>();
    for (Token token : v1Tokens) {
      token
          .aliases()
          .forEach(
              name -> v1IdsByName.computeIfAbsent(name, k -> new ArrayList<>()).add(token.id()));
    }
    return tokens.stream()
        .map(t -> t.withAliases(v1IdsByName.getOrDefault(t.id(), List.of())))
        .toList();
  }

  @Override
  public TokenQuote quote(String tokenId, BigDecimal usdAmount) {
    return choice.forNewOrders() == GatewayApi.V2
        ? v2.quote(tokenId, usdAmount)
        : v1.quote(tokenId, usdAmount);
  }
}
