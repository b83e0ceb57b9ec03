package dev.paydesk.domain.gateway;

import dev.paydesk.domain.token.Token;
import java.math.BigDecimal;
import java.util.List;

/** The payment gateway as Paydesk needs it. CCPayment (or its sandbox) is behind it. */
public interface PaymentGateway {

  /**
   * Creates a payment order at the gateway.
   *
   * @throws GatewayRejectedException the gateway refused it
   * @throws GatewayUnavailableException no trustworthy answer; it may or may not exist there
   */
  GatewayOrder createOrder(GatewayOrderRequest request);

  /**
   * What the gateway knows of these orders (at most {@link #MAX_ORDER_QUERY} ids); orders it does
   * not know are left out.
   *
   * @throws GatewayUnavailableException no trustworthy answer
   */
  List<GatewayOrderStatus> orderStatuses(List<String> gatewayMerchantOrderIds);

  /** CCPayment answers {@code bill/info} for up to 100 orders at once. */
  int MAX_ORDER_QUERY = 100;

  /** Every token the merchant's account lists, usable or not. */
  List<Token> tokens();

  /**
   * What a USD amount is in the token now. A checkout's own amount is fixed by the gateway when it
   * is made; this is for showing a price in crypto before that.
   *
   * @throws GatewayRejectedException the gateway refused (an unknown token)
   * @throws GatewayUnavailableException no trustworthy answer
   */
  TokenQuote quote(String tokenId, BigDecimal usdAmount);
}
