package dev.paydesk.ccpayment.v2.wire;

import java.util.List;
import java.util.Map;

/** {@code getCoinList}: the coins enabled for the merchant, each with its networks by chain. */
public record CoinListData(List<Coin> coins) {

  /**
   * @param status {@code Normal}, {@code Maintain} (withdrawals suspended), {@code Pre-delisting}
   *     (deposits suspended) or {@code Delisted}
   */
  public record Coin(
      Long coinId,
      String symbol,
      String coinFullName,
      String logoUrl,
      String status,
      Map<String, Network> networks) {}

  public record Network(
      String chain,
      String chainFullName,
      String contract,
      Integer precision,
      Boolean canDeposit,
      Boolean canWithdraw,
      String minimumDepositAmount,
      Boolean isSupportMemo,
      String protocol) {}
}
