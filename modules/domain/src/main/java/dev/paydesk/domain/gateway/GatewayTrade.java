package dev.paydesk.domain.gateway;

import dev.paydesk.domain.payment.ReportedAsset;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A payment the gateway received for an order, as its order query reports it (txid, no record id).
 *
 * @param asset the crypto, chain and contract it lists for the payment, and the order's amount
 */
public record GatewayTrade(String txid, BigDecimal amount, Instant paidAt, ReportedAsset asset) {

  public GatewayTrade {
    asset = asset == null ? ReportedAsset.UNKNOWN : asset;
  }

  /** A trade whose crypto and chain are not reported. */
  public GatewayTrade(String txid, BigDecimal amount, Instant paidAt) {
    this(txid, amount, paidAt, ReportedAsset.UNKNOWN);
  }
}
