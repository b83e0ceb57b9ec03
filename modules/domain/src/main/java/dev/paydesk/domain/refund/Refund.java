package dev.paydesk.domain.refund;

import dev.paydesk.domain.refund.RefundRefusedException.Refusal;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Money of one checkout sent back to its buyer. Sent exactly once per attempt: the withdrawal's
 * merchant order id at the gateway is derived from the refund's id and attempt ({@link
 * #withdrawalOrderId}), {@link #sending} is recorded before the gateway is asked, and a new attempt
 * begins only after the gateway said the last one failed, never after a time-out.
 */
public class Refund {

  /** Why a checkout's money goes back. */
  public enum Reason {
    /** The part paid beyond what the order asked. */
    OVERPAYMENT,
    /** A payment that came after the order expired. */
    LATE_PAYMENT,
    /** Money that reached an order the merchant had cancelled. */
    CANCELLED_ORDER,
    /** All of a paid order's money (the sale is undone). */
    FULL_REFUND
  }

  private String id;
  private long version;
  private String checkoutId;
  private String coinSymbol;
  private String chain;
  private BigDecimal amount;
  private Reason reason;
  private String requestedBy;
  private Instant requestedAt;
  private boolean approvalNeeded;
  // the destination, flat for the persistence mapping: CHAIN (address, memo) or CWALLET (address)
  private String destinationKind;
  private String destinationAddress;
  private String destinationMemo;
  private RefundStatus status;
  private String approvedBy;
  private String feeCoin;
  private BigDecimal feeAmount;
  private String feeQuoteId;
  private FeeQuote.Payer feePayer = FeeQuote.Payer.MERCHANT;
  private int attempt = 1;
  private String withdrawalRecordId;
  private String txId;
  private String failure;
  private String idempotencyKey;
  private String linkDigest;
  private Instant linkExpiresAt;

  /** The longest failure reason kept (the gateway's words, cut). */
  public static final int MAX_FAILURE = 500;

  protected Refund() {
    // for the persistence mapping
  }

  /**
   * Asks for a refund. The amount was checked against what is refundable ({@link RefundBook}) under
   * the checkout's lock.
   *
   * @param destination where to, or null when the buyer gives it by the refund link
   * @param approvalNeeded whether it is above the merchant's threshold ({@link
   *     RefundBook#needsApproval})
   */
  public static Refund ask(
      String id,
      String checkoutId,
      String coinSymbol,
      String chain,
      BigDecimal amount,
      Reason reason,
      String requestedBy,
      Instant at,
      boolean approvalNeeded,
      RefundDestination destination) {
    Refund refund = new Refund();
    refund.id = Objects.requireNonNull(id, "id");
    refund.checkoutId = Objects.requireNonNull(checkoutId, "checkoutId");
    refund.coinSymbol = Objects.requireNonNull(coinSymbol, "coinSymbol");
    refund.chain = Objects.requireNonNull(chain, "chain");
    if (amount == null || amount.signum() <= 0) {
      throw new RefundRefusedException(Refusal.INVALID_AMOUNT, "a refund is more than 0");
    }
    refund.amount = amount.stripTrailingZeros();
    refund.reason = Objects.requireNonNull(reason, "reason");
    refund.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
    refund.requestedAt = at;
    refund.approvalNeeded = approvalNeeded;
    refund.status = RefundStatus.AWAITING_ADDRESS;
    if (destination != null) {
      refund.destinationGiven(destination);
    }
    return refund;
  }

  /**
   * The buyer or the merchant gave where the money goes (on the payment's own chain, or Cwallet);
   * the gateway's validity check passed before this is called.
   */
  public void destinationGiven(RefundDestination to) {
    require(EnumSet.of(RefundStatus.AWAITING_ADDRESS), "give a destination");
    if (to instanceof RefundDestination.ChainAddress a && !a.chain().equalsIgnoreCase(chain)) {
      throw new RefundRefusedException(
          Refusal.INVALID_DESTINATION,
          "the money was paid on " + chain + ": it goes back on " + chain + ", not " + a.chain());
    }
    Objects.requireNonNull(to, "to");
    if (to instanceof RefundDestination.ChainAddress a) {
      destinationKind = "CHAIN";
      destinationAddress = a.address();
      destinationMemo = a.memo();
    } else if (to instanceof RefundDestination.Cwallet c) {
      destinationKind = "CWALLET";
      destinationAddress = c.user();
      destinationMemo = null;
    }
    this.status = approvalNeeded ? RefundStatus.AWAITING_APPROVAL : RefundStatus.READY;
    // the buyer's link is used up, whoever gave the destination
    this.linkDigest = null;
    this.linkExpiresAt = null;
  }

  /**
   * A new link for the buyer to give the destination by, replacing any earlier one: only its
   * token's digest is kept.
   */
  public void linkIssued(String digest, Instant expiresAt) {
    require(EnumSet.of(RefundStatus.AWAITING_ADDRESS), "give the buyer a link");
    this.linkDigest = Objects.requireNonNull(digest, "digest");
    this.linkExpiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /** Whether the link with this token digest opens now: the current one, unused, not expired. */
  public boolean linkOpens(String digest, Instant now) {
    return status == RefundStatus.AWAITING_ADDRESS
        && linkDigest != null
        && digest != null
        && java.security.MessageDigest.isEqual(
            linkDigest.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
            digest.getBytes(java.nio.charset.StandardCharsets.US_ASCII))
        && now.isBefore(linkExpiresAt);
  }

  /** Until when the buyer's current link opens; empty when there is none. */
  public Optional<Instant> linkExpiresAt() {
    return Optional.ofNullable(linkExpiresAt);
  }

  /**
   * A second person lets it go out.
   *
   * @param mayApprove whether {@code by} is an ADMIN
   * @throws RefundRefusedException the asker themselves, or not an ADMIN
   */
  public void approve(String by, boolean mayApprove) {
    require(EnumSet.of(RefundStatus.AWAITING_APPROVAL), "approve");
    if (!mayApprove || requestedBy.equals(by)) {
      throw new RefundRefusedException(
          Refusal.NOT_AN_APPROVER, "an ADMIN other than " + requestedBy + " approves this refund");
    }
    this.approvedBy = by;
    this.status = RefundStatus.READY;
  }

  /**
   * Locks the gateway's fee quote and who pays it.
   *
   * @throws RefundRefusedException the buyer is to pay a fee in another coin, or one that leaves
   *     nothing to send
   */
  public void feeQuoted(FeeQuote quote, FeeQuote.Payer payer) {
    require(EnumSet.of(RefundStatus.READY, RefundStatus.AWAITING_APPROVAL), "quote a fee");
    if (payer == FeeQuote.Payer.BUYER) {
      if (!quote.coinSymbol().equalsIgnoreCase(coinSymbol) && quote.amount().signum() > 0) {
        throw new RefundRefusedException(
            Refusal.INVALID_AMOUNT,
            "the fee is in "
                + quote.coinSymbol()
                + ", so it cannot come out of a refund in "
                + coinSymbol);
      }
      if (quote.amount().compareTo(amount) >= 0) {
        throw new RefundRefusedException(
            Refusal.INVALID_AMOUNT, "the fee " + quote.amount() + " would leave nothing to send");
      }
    }
    this.feeCoin = quote.coinSymbol();
    this.feeAmount = quote.amount();
    this.feeQuoteId = quote.quoteId();
    this.feePayer = payer;
  }

  /** The shop's Idempotency-Key of the request that asked for it, set when it is asked. */
  public void keyedBy(String key) {
    if (this.idempotencyKey != null) {
      throw new IllegalStateException("the key is set when the refund is asked");
    }
    this.idempotencyKey = key;
  }

  public Optional<String> idempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }

  /** Who bears the network fee; chosen before the refund is sent. */
  public void feePaidBy(FeeQuote.Payer payer) {
    require(
        EnumSet.of(
            RefundStatus.AWAITING_ADDRESS, RefundStatus.AWAITING_APPROVAL, RefundStatus.READY),
        "choose who pays the fee");
    this.feePayer = Objects.requireNonNull(payer, "payer");
  }

  /** What the withdrawal sends: the amount, less the fee when the buyer bears it. */
  public BigDecimal amountToSend() {
    return feePayer == FeeQuote.Payer.BUYER && feeAmount != null
        ? amount.subtract(feeAmount).stripTrailingZeros()
        : amount;
  }

  /**
   * Recorded (and committed) before the gateway is asked: from here on this attempt is never asked
   * for again under another id, and a retry after a time-out asks for the same one.
   */
  public void sending() {
    require(EnumSet.of(RefundStatus.READY), "send");
    this.status = RefundStatus.SENDING;
  }

  /** The gateway took the withdrawal. */
  public void accepted(String recordId) {
    require(EnumSet.of(RefundStatus.SENDING, RefundStatus.PROCESSING), "take the gateway's record");
    this.withdrawalRecordId = recordId;
    this.status = RefundStatus.PROCESSING;
  }

  /** The gateway's record says the money left; a repeat of the same news changes nothing. */
  public boolean succeeded(String recordId, String txId) {
    if (status == RefundStatus.SUCCEEDED) {
      return false;
    }
    require(EnumSet.of(RefundStatus.SENDING, RefundStatus.PROCESSING), "succeed");
    this.withdrawalRecordId = recordId;
    this.txId = txId;
    this.status = RefundStatus.SUCCEEDED;
    return true;
  }

  /** The gateway's record says the withdrawal failed (or was rejected), with its reason. */
  public boolean failed(String why) {
    if (status == RefundStatus.FAILED) {
      return false;
    }
    require(EnumSet.of(RefundStatus.SENDING, RefundStatus.PROCESSING), "fail");
    String reason = why == null || why.isBlank() ? "no reason given" : why.strip();
    this.failure = reason.length() > MAX_FAILURE ? reason.substring(0, MAX_FAILURE) : reason;
    this.status = RefundStatus.FAILED;
    return true;
  }

  /** A failed refund goes out again as a new attempt of the same refund (a new withdrawal id). */
  public void retry() {
    require(EnumSet.of(RefundStatus.FAILED), "retry");
    this.attempt++;
    this.withdrawalRecordId = null;
    this.failure = null;
    this.status = RefundStatus.READY;
  }

  /** Given up before any money left; its amount is refundable again. */
  public void cancel() {
    if (!status.cancellable()) {
      throw new RefundRefusedException(
          Refusal.WRONG_STATE, "a refund that is " + status + " cannot be cancelled");
    }
    this.status = RefundStatus.CANCELLED;
  }

  /**
   * The merchant order id of this attempt's withdrawal at the gateway (CCPayment: 3 to 64
   * characters): the same for every ask of one attempt, so the gateway makes one withdrawal.
   */
  public String withdrawalOrderId() {
    return "rf-" + id + "-" + attempt;
  }

  private void require(Set<RefundStatus> allowed, String what) {
    if (!allowed.contains(status)) {
      throw new RefundRefusedException(
          Refusal.WRONG_STATE, "cannot " + what + ": the refund is " + status);
    }
  }

  public String id() {
    return id;
  }

  public String checkoutId() {
    return checkoutId;
  }

  public String coinSymbol() {
    return coinSymbol;
  }

  public String chain() {
    return chain;
  }

  public BigDecimal amount() {
    return amount;
  }

  public Reason reason() {
    return reason;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public RefundStatus status() {
    return status;
  }

  public boolean approvalNeeded() {
    return approvalNeeded;
  }

  public Optional<RefundDestination> destination() {
    if (destinationKind == null) {
      return Optional.empty();
    }
    return Optional.of(
        "CWALLET".equals(destinationKind)
            ? new RefundDestination.Cwallet(destinationAddress)
            : new RefundDestination.ChainAddress(chain, destinationAddress, destinationMemo));
  }

  public Optional<String> approvedBy() {
    return Optional.ofNullable(approvedBy);
  }

  public Optional<FeeQuote> fee() {
    return feeCoin == null
        ? Optional.empty()
        : Optional.of(new FeeQuote(feeCoin, feeAmount, feeQuoteId));
  }

  public FeeQuote.Payer feePayer() {
    return feePayer;
  }

  public int attempt() {
    return attempt;
  }

  public Optional<String> withdrawalRecordId() {
    return Optional.ofNullable(withdrawalRecordId);
  }

  public Optional<String> txId() {
    return Optional.ofNullable(txId);
  }

  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }
}
