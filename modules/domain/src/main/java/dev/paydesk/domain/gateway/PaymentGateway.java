package dev.paydesk.domain.gateway;

import dev.paydesk.domain.token.Token;
import java.math.BigDecimal;
import java.time.Instant;
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
   * What the gateway knows of these orders, all made with {@code api} (at most {@link
   * #MAX_ORDER_QUERY} ids); orders it does not know are left out.
   *
   * @throws GatewayUnavailableException no trustworthy answer
   */
  List<GatewayOrderStatus> orderStatuses(GatewayApi api, List<String> gatewayMerchantOrderIds);

  /** CCPayment v1 answers {@code bill/info} for up to 100 orders at once (v2 is asked in parts). */
  int MAX_ORDER_QUERY = 100;

  /**
   * Every token the merchant's account lists, usable or not, as new orders' API version lists them.
   */
  List<Token> tokens();

  /**
   * What a USD amount is in the token now. A checkout's own amount is fixed by the gateway when it
   * is made; this is for showing a price in crypto before that.
   *
   * @throws GatewayRejectedException the gateway refused (an unknown token)
   * @throws GatewayUnavailableException no trustworthy answer
   */
  TokenQuote quote(String tokenId, BigDecimal usdAmount);

  /**
   * Asks the gateway to send again the webhooks of {@code api}'s payments made in the window (at
   * most {@link #MAX_RESEND_WINDOW}): those whose delivery failed, or all of them.
   *
   * @return how many webhooks it will send
   * @throws GatewayRejectedException the gateway refused (its rate limit: once a minute)
   * @throws GatewayUnavailableException no trustworthy answer
   */
  int resendWebhooks(GatewayApi api, Instant from, Instant to, boolean all);

  /** CCPayment resends at most an hour of webhooks a call. */
  java.time.Duration MAX_RESEND_WINDOW = java.time.Duration.ofHours(1);

  /**
   * Asks the gateway to look for a transaction its scan missed (CCPayment v2's {@code
   * rescanLostTransaction}); one it finds is then reported as any payment is.
   *
   * @return what the gateway answered, to show the buyer
   * @throws GatewayRejectedException the gateway refused, or {@code api} has no such call (v1)
   * @throws GatewayUnavailableException no trustworthy answer
   */
  String rescan(GatewayApi api, LostTransaction transaction);

  /**
   * The confirmed payments into this order that the gateway flagged as risky and credits to nobody
   * (CCPayment v2; v1 flags none).
   *
   * @throws GatewayUnavailableException no trustworthy answer
   */
  List<HeldPayment> riskyPayments(GatewayApi api, String gatewayMerchantOrderId);
}
