package dev.paydesk.domain.order;

import dev.paydesk.domain.gateway.GatewayOrder;
import dev.paydesk.domain.payment.ReportedAsset;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What the buyer is told to pay, as the gateway set it when it made the order: an amount of a
 * crypto on a network (and chain, with the token's contract when it has one) to an address, with a
 * memo where the network needs one. Immutable; part of its order (stored in its row).
 */
public final class PayInstructions {

  private String crypto;
  private String network;
  private String chain;
  private String contract;
  private BigDecimal cryptoAmount;
  private String payAddress;
  private String memo;
  private String logo;

  protected PayInstructions() {
    // for the persistence mapping
  }

  private PayInstructions(GatewayOrder assigned) {
    this.crypto = assigned.crypto();
    this.network = assigned.network();
    this.chain = assigned.chain();
    this.contract = ReportedAsset.canonicalContract(assigned.contract());
    this.cryptoAmount = assigned.cryptoAmount();
    this.payAddress = assigned.payAddress();
    this.memo = assigned.memo() == null || assigned.memo().isBlank() ? null : assigned.memo();
    this.logo = assigned.logo();
  }

  /** What the gateway's answer tells the buyer (a blank memo is none; contracts canonical). */
  public static PayInstructions of(GatewayOrder assigned) {
    return new PayInstructions(assigned);
  }

  /**
   * Why a payment reported in this asset is not for these instructions: another crypto, chain,
   * contract or amount due. Empty when nothing known disagrees.
   */
  Optional<String> differences(ReportedAsset asset) {
    return AssetCheck.differences(asset, crypto, chain, contract, cryptoAmount);
  }

  /** "10 USDT on TRC20 to T…", for the timeline. */
  String describe() {
    return cryptoAmount.toPlainString() + " " + crypto + " on " + network + " to " + payAddress;
  }

  public String crypto() {
    return crypto;
  }

  public String network() {
    return network;
  }

  /** The chain the pay address is on, when known (orders made before it was kept have none). */
  public Optional<String> chain() {
    return Optional.ofNullable(chain);
  }

  public Optional<String> contract() {
    return Optional.ofNullable(contract);
  }

  /** The amount due, exact, in {@link #crypto}. */
  public BigDecimal cryptoAmount() {
    return cryptoAmount;
  }

  public String payAddress() {
    return payAddress;
  }

  public Optional<String> memo() {
    return Optional.ofNullable(memo);
  }

  public Optional<String> logo() {
    return Optional.ofNullable(logo);
  }
}
