package dev.paydesk.pay;

import dev.paydesk.application.refund.RefundService;
import dev.paydesk.application.refund.RefundView;
import dev.paydesk.domain.order.CheckoutId;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The buyer's refund link page ({@code /pay/{checkoutId}/refund/{token}}): the refund the link
 * opens, the form for the address, or what became of it. Texts, language and branding come from the
 * checkout page's bean ({@code pay}).
 */
@Named("refundLink")
@RequestScoped
public class RefundLinkPage {

  @Inject HttpServletRequest request;
  @Inject RefundService refunds;
  @Inject CheckoutPage pay;

  private RefundView refund;
  private String outcome;

  @PostConstruct
  void load() {
    outcome = (String) request.getAttribute(PayServlet.REFUND_OUTCOME);
    String token = (String) request.getAttribute(PayServlet.REFUND_TOKEN);
    Optional<CheckoutId> checkout =
        CheckoutId.parse(String.valueOf(request.getAttribute(PayServlet.CHECKOUT_ID)));
    refund =
        checkout.flatMap(c -> refunds.openLink(c, token)).or(() -> given(checkout)).orElse(null);
    if (refund == null && outcome == null) {
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
    }
  }

  /** Just given: the link is used up, the refund is read by the checkout's refunds. */
  private Optional<RefundView> given(Optional<CheckoutId> checkout) {
    if (!"given".equals(outcome) || checkout.isEmpty()) {
      return Optional.empty();
    }
    return refunds.ofCheckout(checkout.get()).stream()
        .map(RefundView::of)
        .filter(r -> r.destination() != null)
        .reduce((first, second) -> second);
  }

  /**
   * Which screen: {@code form} (the link opens), {@code given} (the address was taken), or {@code
   * gone} (used, replaced or expired).
   */
  public String getScreen() {
    if ("given".equals(outcome) && refund != null) {
      return "given";
    }
    return refund == null ? "gone" : "form";
  }

  /** Why the last post was not taken, as a text key; null when it was (or none came). */
  public String getProblem() {
    return outcome == null || outcome.equals("given") || refund == null
        ? null
        : "refund.problem." + outcome;
  }

  public RefundView getRefund() {
    return refund;
  }

  /** The amount the buyer gets, as written on the page. */
  public String getAmount() {
    return refund == null ? "" : refund.amount().stripTrailingZeros().toPlainString();
  }

  /** The network's name as the buyer paid on it (TRC20), else the chain's. */
  public String getNetwork() {
    return pay.getCheckout() != null && pay.getCheckout().network() != null
        ? pay.getCheckout().network()
        : refund == null ? "" : refund.chain();
  }

  public boolean isMemoAsked() {
    return pay.getCheckout() != null
        && pay.getCheckout().memo() != null
        && !pay.getCheckout().memo().isBlank();
  }

  /** The screen's lead, with its figures. */
  public String getLead() {
    String key = "refund." + getScreen() + ".lead";
    Object[] figures =
        refund == null
            ? new Object[] {pay.getStoreName()}
            : new Object[] {
              getAmount(), refund.crypto(), pay.getStoreName(), getNetwork(), destinationShown()
            };
    return new java.text.MessageFormat(pay.text(key), pay.getLocale()).format(figures);
  }

  private String destinationShown() {
    return refund.destination() == null ? "" : refund.destination();
  }

  /** Where the form posts: this page's own address. */
  public String getAction() {
    return request.getContextPath() + request.getAttribute(PayServlet.PAGE_PATH);
  }
}
