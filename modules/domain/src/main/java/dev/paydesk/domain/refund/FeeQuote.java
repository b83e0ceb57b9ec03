package dev.paydesk.domain.refund;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The gateway's network fee for a withdrawal, locked by its quote id ({@code networkFeeInquiryID}).
 * The fee may be in another coin than the one sent (USDT on Polygon costs MATIC).
 */
public record FeeQuote(String coinSymbol, BigDecimal amount, String quoteId) {

  public FeeQuote {
    Objects.requireNonNull(coinSymbol, "coinSymbol");
    if (amount == null || amount.signum() < 0) {
      throw new IllegalArgumentException("a fee is zero or more");
    }
  }

  /** Who bears the network fee. */
  public enum Payer {
    /** From the merchant's balance beside the refund: the buyer gets the whole amount. */
    MERCHANT,
    /** Deducted from the refund: the buyer gets the amount less the fee. */
    BUYER
  }
}
