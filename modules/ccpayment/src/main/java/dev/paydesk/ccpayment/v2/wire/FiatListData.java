package dev.paydesk.ccpayment.v2.wire;

import java.util.List;

/** {@code getFiatList}: the currencies a price may be given in, by id. */
public record FiatListData(List<Fiat> fiats) {

  /**
   * @param usdRate units of this currency per US dollar
   */
  public record Fiat(Long fiatId, String symbol, String logoUrl, String mark, String usdRate) {}
}
