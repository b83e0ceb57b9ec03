package dev.paydesk.ccpayment;

import dev.paydesk.application.gateway.GatewayApiChoice;
import dev.paydesk.ccpayment.v2.CcPaymentV2Gateway;
import dev.paydesk.domain.gateway.GatewayApi;
import dev.paydesk.domain.gateway.GatewayOrder;
import dev.paydesk.domain.gateway.GatewayOrderRequest;
import dev.paydesk.domain.gateway.GatewayOrderStatus;
import dev.paydesk.domain.gateway.PaymentGateway;
import dev.paydesk.domain.gateway.TokenQuote;
import dev.paydesk.domain.token.Token;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@link PaymentGateway} on CCPayment: each order is made and asked about with the API version it
 * records ({@link CcPaymentV1Gateway}, {@link CcPaymentV2Gateway}); tokens and quotes come from the
 * version new orders use ({@code paydesk.ccpayment.api}).
 */
@ApplicationScoped
public class CcPaymentGateway implements PaymentGateway {

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
  public List<Token> tokens() {
    return choice.forNewOrders() == GatewayApi.V2 ? v2.tokens() : v1.tokens();
  }

  @Override
  public TokenQuote quote(String tokenId, BigDecimal usdAmount) {
    return choice.forNewOrders() == GatewayApi.V2
        ? v2.quote(tokenId, usdAmount)
        : v1.quote(tokenId, usdAmount);
  }
}
