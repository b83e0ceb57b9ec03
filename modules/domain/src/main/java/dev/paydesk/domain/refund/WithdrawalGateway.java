package dev.paydesk.domain.refund;

import dev.paydesk.domain.gateway.GatewayRejectedException;
import dev.paydesk.domain.gateway.GatewayUnavailableException;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The gateway's withdrawals as refunds need them (CCPayment v2: {@code getWithdrawFee}, {@code
 * checkWithdrawalAddressValidity}, {@code applyAppWithdrawToNetwork} / {@code
 * applyAppWithdrawToCwallet}, {@code getAppWithdrawRecord}).
 */
public interface WithdrawalGateway {

  /** The gateway's answer to a second withdrawal under a merchant order id it already has. */
  int ORDER_DUPLICATE = 11011;

  /** The gateway's refusal for a balance that does not cover the withdrawal and its fee. */
  int BALANCE_INSUFFICIENT = 14000;

  /**
   * The network fee of a withdrawal of this coin on this chain, with the quote id that locks it.
   *
   * @throws GatewayRejectedException an unknown coin or chain
   * @throws GatewayUnavailableException no trustworthy answer
   */
  FeeQuote fee(String coinSymbol, String chain);

  /**
   * Whether the gateway takes this address on this chain.
   *
   * @throws GatewayUnavailableException no trustworthy answer
   */
  boolean addressValid(String chain, String address);

  /**
   * Asks the gateway to send the money. The same {@link Withdrawal#orderId} is never a second
   * withdrawal there: the gateway refuses it with {@link #ORDER_DUPLICATE}.
   *
   * @return the gateway's record id
   * @throws GatewayRejectedException refused, nothing sent (or {@link #ORDER_DUPLICATE}: already
   *     made)
   * @throws GatewayUnavailableException no trustworthy answer: it may or may not have been made
   */
  String withdraw(Withdrawal withdrawal);

  /**
   * The withdrawal made under this merchant order id, as the gateway keeps it now; empty when it
   * has none.
   *
   * @throws GatewayUnavailableException no trustworthy answer
   */
  Optional<WithdrawalRecord> record(String orderId);

  /**
   * One withdrawal to ask for.
   *
   * @param merchantPaysFee the fee comes from the merchant's balance beside {@code amount}
   * @param feeQuoteId the quote that locks the fee, or null
   */
  record Withdrawal(
      String orderId,
      String coinSymbol,
      String chain,
      RefundDestination to,
      BigDecimal amount,
      boolean merchantPaysFee,
      String feeQuoteId) {}

  /** A withdrawal as the gateway keeps it. */
  record WithdrawalRecord(String recordId, Outcome outcome, String txId, String reason) {}

  /** Where a withdrawal stands at the gateway. */
  enum Outcome {
    /** Waiting for approval at the gateway, or on its way. */
    PROCESSING,
    /** The money left (final). */
    SUCCEEDED,
    /** Failed or rejected (final): nothing left. */
    FAILED
  }
}
