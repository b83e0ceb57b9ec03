package dev.paydesk.domain.gateway;

import java.util.Objects;

/**
 * A transaction a buyer says they sent and the gateway has not seen: what CCPayment v2's {@code
 * rescanLostTransaction} asks for.
 *
 * @param memo the memo or tag it was sent with, where the chain has one (else null)
 */
public record LostTransaction(String chain, String address, String memo, String txid) {

  public LostTransaction {
    Objects.requireNonNull(chain, "chain");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(txid, "txid");
  }
}
