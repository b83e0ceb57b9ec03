package dev.paydesk.domain.gateway;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * A payment order as sent to the gateway.
 *
 * @param gatewayMerchantOrderId the id the gateway knows the order by; unique per attempt
 * @param api the API version that makes it
 */
public record GatewayOrderRequest(
    String gatewayMerchantOrderId,
    BigDecimal price,
    String currency,
    String tokenId,
    Duration validPeriod,
    String remark,
    GatewayApi api) {

  /**
   * The same request naming the token by {@code id}: the gateway's own id of the token asked for.
   */
  public GatewayOrderRequest forToken(String id) {
    return new GatewayOrderRequest(
        gatewayMerchantOrderId, price, currency, id, validPeriod, remark, api);
  }
}
