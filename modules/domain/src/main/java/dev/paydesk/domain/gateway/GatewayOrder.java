package dev.paydesk.domain.gateway;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * What the gateway assigned to a payment order: where and how much the buyer pays.
 *
 * @param memo memo/tag the buyer must add on memo chains; null elsewhere
 * @param chain the chain the address is on (e.g. {@code TRX}); null when not known
 * @param contract the token's contract on that chain; null when not known
 */
public record GatewayOrder(
    String gatewayOrderId,
    BigDecimal cryptoAmount,
    String crypto,
    String network,
    String payAddress,
    String memo,
    String logo,
    Duration validPeriod,
    String chain,
    String contract) {

  /** An answer that names no chain nor contract (CCPayment v1's {@code bill/create}). */
  public GatewayOrder(
      String gatewayOrderId,
      BigDecimal cryptoAmount,
      String crypto,
      String network,
      String payAddress,
      String memo,
      String logo,
      Duration validPeriod) {
    this(
        gatewayOrderId,
        cryptoAmount,
        crypto,
        network,
        payAddress,
        memo,
        logo,
        validPeriod,
        null,
        null);
  }

  /** With the chain and contract of the token asked for, where the answer did not name them. */
  public GatewayOrder onChain(String tokenChain, String tokenContract) {
    return new GatewayOrder(
        gatewayOrderId,
        cryptoAmount,
        crypto,
        network,
        payAddress,
        memo,
        logo,
        validPeriod,
        chain != null ? chain : tokenChain,
        contract != null ? contract : tokenContract);
  }
}
