package dev.paydesk.ccpayment.wire;

import java.util.List;

/** {@code coin/all} response data: coins, each on one or more networks. */
public record CoinAllData(List<Coin> list) {

  /** One coin. {@code status}: 1 usable, 2 maintenance, 3 to be delisted. */
  public record Coin(
      String coinId,
      String symbol,
      String crypto,
      String name,
      String logo,
      String min,
      String price,
      Integer precision,
      Integer status,
      List<Network> tokens) {}

  /** The coin on one network: what a payment order names by {@code token_id}. */
  public record Network(
      String tokenId,
      String crypto,
      String logo,
      String name,
      Boolean isSupportMemo,
      String network,
      String chain,
      String contract,
      String chainLogo,
      Integer status) {}
}
