package dev.paydesk.console.refund;

import dev.paydesk.application.refund.RefundFlow;
import dev.paydesk.application.refund.RefundRequest;
import dev.paydesk.application.refund.RefundService;
import dev.paydesk.application.refund.RefundView;
import dev.paydesk.console.security.CurrentUser;
import dev.paydesk.domain.order.CheckoutId;
import dev.paydesk.domain.order.OrderRefusedException;
import dev.paydesk.domain.payment.EventSource;
import dev.paydesk.domain.refund.FeeQuote;
import dev.paydesk.domain.refund.Refund;
import dev.paydesk.domain.refund.RefundDestination;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The refunds card of an order's page: its refunds with their buttons, what can still be refunded,
 * and the form an OPERATOR asks for a refund with.
 */
@Named
@ViewScoped
public class OrderRefunds implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RefundService refunds;

  @Inject RefundFlow flow;

  @Inject RefundActions actions;

  @Inject CurrentUser user;

  @Inject dev.paydesk.application.order.OrderReadService reads;

  private String checkoutId;
  private String chain;
  private BigDecimal amount;
  private Refund.Reason reason = Refund.Reason.OVERPAYMENT;
  private String destinationType = "ADDRESS";
  private String address;
  private String memo;
  private String cwalletUser;
  private FeeQuote.Payer feePaidBy = FeeQuote.Payer.MERCHANT;
  private transient List<RefundView> rows;
  private transient BigDecimal refundable;
  private transient BigDecimal overpaidLeft = BigDecimal.ZERO;
  private transient String crypto;
  private transient String networkFee;

  /** Reads the order's refunds (nothing for an id that names no order). */
  public void load(String checkoutId) {
    this.checkoutId = checkoutId;
    rows = List.of();
    refundable = BigDecimal.ZERO;
    var checkout = CheckoutId.parse(checkoutId).flatMap(reads::checkout);
    if (checkout.isEmpty() || checkout.get().payAddress() == null) {
      return;
    }
    // a refund to an address goes back on the chain the money came on
    this.chain = checkout.get().chain() != null ? checkout.get().chain() : checkout.get().network();
    this.crypto = checkout.get().crypto();
    try {
      CheckoutId id = new CheckoutId(checkoutId);
      rows = refunds.ofCheckout(id).stream().map(RefundView::of).toList();
      refundable = refunds.refundable(id);
      overpaidLeft = refunds.overpaidLeft(id);
    } catch (OrderRefusedException e) {
      rows = List.of();
      refundable = BigDecimal.ZERO;
    }
  }

  /** Asks for the refund the form describes; sent at once when no approval is needed. */
  public String ask() {
    String back = "order?faces-redirect=true&id=" + checkoutId;
    return actions.act(
        () -> {
          RefundDestination to =
              switch (destinationType == null ? "" : destinationType) {
                case "CWALLET" -> new RefundDestination.Cwallet(cwalletUser);
                case "BUYER" -> null; // the buyer says, by the link the refund's row offers
                default -> new RefundDestination.ChainAddress(chain, address, memo);
              };
          return flow.ask(
              new RefundRequest(new CheckoutId(checkoutId), amount, reason, to, feePaidBy, null),
              EventSource.MERCHANT,
              user.getName());
        },
        "refunds.asked",
        back);
  }

  /** Whether the signed-in user may approve this refund: an ADMIN who did not ask for it. */
  public boolean mayApprove(RefundView refund) {
    return user.isMayManageUsers() && !refund.requestedBy().equals(user.getName());
  }

  public List<RefundView> getRows() {
    return rows;
  }

  public BigDecimal getRefundable() {
    return refundable;
  }

  /** What of the overpaid part no refund holds yet (zero when not overpaid). */
  public BigDecimal getOverpaidLeft() {
    return overpaidLeft == null ? BigDecimal.ZERO : overpaidLeft;
  }

  /** The order's name on the Refunds page's shared table: here it is the page's own order. */
  public String orderName(RefundView refund) {
    return refund.checkoutId();
  }

  /** What refunds of this order have sent (succeeded ones). */
  public BigDecimal getRefunded() {
    return rows == null
        ? BigDecimal.ZERO
        : rows.stream()
            .filter(r -> r.status() == dev.paydesk.domain.refund.RefundStatus.SUCCEEDED)
            .map(RefundView::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** What the merchant keeps of what was paid: paid less refunded. */
  public BigDecimal net(BigDecimal paid) {
    return paid.subtract(getRefunded());
  }

  /**
   * The network fee CCPayment quotes now for a refund of this order's coin (asked once per page,
   * only when a refund can be asked); null when CCPayment could not say.
   */
  public String getNetworkFee() {
    if (networkFee == null && isOffered() && crypto != null) {
      try {
        FeeQuote fee = flow.networkFee(crypto, chain);
        networkFee = fee.amount().stripTrailingZeros().toPlainString() + " " + fee.coinSymbol();
      } catch (dev.paydesk.domain.gateway.GatewayUnavailableException
          | dev.paydesk.domain.gateway.GatewayRejectedException e) {
        networkFee = "";
      }
    }
    return networkFee == null || networkFee.isEmpty() ? null : networkFee;
  }

  /** Whether the order has a refund. */
  public boolean isAny() {
    return rows != null && !rows.isEmpty();
  }

  /** Whether there is money a refund could take. */
  public boolean isOffered() {
    return refundable != null && refundable.signum() > 0;
  }

  /** Whether the card shows at all: refunds exist, or money to refund. */
  public boolean isShown() {
    return isOffered() || (rows != null && !rows.isEmpty());
  }

  public Refund.Reason[] getReasons() {
    return Refund.Reason.values();
  }

  public FeeQuote.Payer[] getPayers() {
    return FeeQuote.Payer.values();
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public Refund.Reason getReason() {
    return reason;
  }

  public void setReason(Refund.Reason reason) {
    this.reason = reason;
  }

  public String getDestinationType() {
    return destinationType;
  }

  public void setDestinationType(String destinationType) {
    this.destinationType = destinationType;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getMemo() {
    return memo;
  }

  public void setMemo(String memo) {
    this.memo = memo;
  }

  public String getCwalletUser() {
    return cwalletUser;
  }

  public void setCwalletUser(String cwalletUser) {
    this.cwalletUser = cwalletUser;
  }

  public FeeQuote.Payer getFeePaidBy() {
    return feePaidBy;
  }

  public void setFeePaidBy(FeeQuote.Payer feePaidBy) {
    this.feePaidBy = feePaidBy;
  }
}
