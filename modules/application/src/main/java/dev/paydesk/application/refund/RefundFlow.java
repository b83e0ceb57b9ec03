package dev.paydesk.application.refund;

import dev.paydesk.domain.gateway.GatewayRejectedException;
import dev.paydesk.domain.gateway.GatewayUnavailableException;
import dev.paydesk.domain.order.CheckoutId;
import dev.paydesk.domain.payment.EventSource;
import dev.paydesk.domain.refund.FeeQuote;
import dev.paydesk.domain.refund.Refund;
import dev.paydesk.domain.refund.RefundDestination;
import dev.paydesk.domain.refund.RefundRefusedException;
import dev.paydesk.domain.refund.RefundRefusedException.Refusal;
import dev.paydesk.domain.refund.RefundStatus;
import dev.paydesk.domain.refund.WithdrawalGateway;
import dev.paydesk.domain.refund.WithdrawalGateway.Withdrawal;
import dev.paydesk.domain.refund.WithdrawalGateway.WithdrawalRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;

/**
 * A refund from asking to the money leaving, as the console and the shop API drive it: the
 * destination is checked with the gateway before it is taken, a ready refund goes out at once, and
 * each gateway call happens between {@link RefundService}'s steps, never inside one.
 *
 * <p>Exactly once: {@link RefundService#startSending} commits {@code SENDING} before the gateway is
 * asked, and the withdrawal's merchant order id is the refund's id and attempt. A time-out, a
 * crash, or a second instance asking again ask for that same id, which the gateway makes one
 * withdrawal of ({@code OrderDuplicate} for the rest); what happened is then read from its record
 * ({@link #follow}, run by the withdrawal webhook and by the reconciliation timer).
 */
@ApplicationScoped
public class RefundFlow {

  private static final System.Logger LOG = System.getLogger(RefundFlow.class.getName());

  /** Refusals that say nothing of whether the withdrawal was made: its record tells. */
  private static final Set<Integer> UNSURE = Set.of(11002, 11004, 11018);

  private RefundService refunds;
  private WithdrawalGateway gateway;

  protected RefundFlow() {
    // for CDI proxies
  }

  @Inject
  public RefundFlow(RefundService refunds, WithdrawalGateway gateway) {
    this.refunds = refunds;
    this.gateway = gateway;
  }

  /**
   * Asks for a refund and, when it is ready (destination given, no approval needed), sends it. A
   * request repeated with its Idempotency-Key gives the refund the first made, as it is now (never
   * a second refund, never a second send).
   *
   * @throws RefundRefusedException the rules say no, or the gateway does not take the address
   * @throws GatewayUnavailableException the address could not be checked: nothing was asked
   */
  public Refund ask(RefundRequest request, EventSource source, String by) {
    if (request.to() != null) {
      requireValid(request.to());
    }
    Refund refund = refunds.ask(request, source, by);
    return sendIfReady(refund, source, by);
  }

  /** The buyer (by the refund link) or the merchant says where the money goes. */
  public Refund giveDestination(
      String refundId, RefundDestination to, EventSource source, String by) {
    requireValid(to);
    Refund refund = refunds.giveDestination(refundId, to, source, by);
    return sendIfReady(refund, source, by);
  }

  /**
   * The buyer gives the destination on their refund link's page; checked with the gateway first,
   * then sent when no approval is needed.
   */
  public Refund giveDestinationByLink(CheckoutId checkout, String token, RefundDestination to) {
    requireValid(to);
    Refund refund = refunds.giveDestinationByLink(checkout, token, to);
    return sendIfReady(refund, EventSource.BUYER, null);
  }

  /** A second person approves; the refund then goes out. */
  public Refund approve(String refundId, String by, boolean mayApprove) {
    Refund refund = refunds.approve(refundId, by, mayApprove);
    return sendIfReady(refund, EventSource.MERCHANT, by);
  }

  /** A failed refund goes out again, as its next attempt. */
  public Refund retry(String refundId, EventSource source, String by) {
    Refund refund = refunds.retry(refundId, source, by);
    return sendIfReady(refund, source, by);
  }

  /**
   * What CCPayment charges now to send this coin on this chain, to show before a refund is asked
   * (the refund locks its own quote when it is sent).
   *
   * @throws GatewayRejectedException CCPayment sends no such coin there
   * @throws GatewayUnavailableException no trustworthy answer
   */
  public FeeQuote networkFee(String coinSymbol, String chain) {
    return gateway.fee(coinSymbol, chain);
  }

  public Refund cancel(String refundId, EventSource source, String by) {
    return refunds.cancel(refundId, source, by);
  }

  private Refund sendIfReady(Refund refund, EventSource source, String by) {
    if (refund.status() != RefundStatus.READY) {
      return refund;
    }
    return send(refund, source, by);
  }

  /**
   * Sends a ready refund: quotes the fee, commits {@code SENDING}, asks the gateway, records its
   * answer. A fee that cannot be quoted leaves the refund ready (the next try quotes again).
   */
  private Refund send(Refund ready, EventSource source, String by) {
    FeeQuote fee = null;
    if (ready.destination().orElseThrow() instanceof RefundDestination.ChainAddress) {
      try {
        fee = gateway.fee(ready.coinSymbol(), ready.chain());
      } catch (GatewayRejectedException e) {
        throw new RefundRefusedException(
            Refusal.INVALID_DESTINATION,
            "CCPayment sends no "
                + ready.coinSymbol()
                + " on "
                + ready.chain()
                + ": "
                + e.gatewayMessage());
      }
    }
    Withdrawal withdrawal = refunds.startSending(ready.id(), fee, source, by);
    ask(ready.id(), ready.attempt(), withdrawal, source);
    return current(ready.id());
  }

  /** Asks the gateway for this attempt's withdrawal and records what it said, if it said. */
  private void ask(String refundId, int attempt, Withdrawal withdrawal, EventSource source) {
    try {
      String recordId = gateway.withdraw(withdrawal);
      refunds.gatewaySays(
          refundId,
          attempt,
          new WithdrawalRecord(recordId, WithdrawalGateway.Outcome.PROCESSING, null, null),
          source);
    } catch (GatewayRejectedException e) {
      if (e.code() == WithdrawalGateway.ORDER_DUPLICATE || UNSURE.contains(e.code())) {
        // made before (a retry, another instance), or perhaps made: the record says
        LOG.log(
            System.Logger.Level.INFO,
            "Refund {0}: CCPayment answered {1} {2} to withdrawal {3}; reading its record",
            refundId,
            String.valueOf(e.code()),
            e.gatewayMessage(),
            withdrawal.orderId());
        // read only: asking again here could go round as long as CCPayment answers so
        readRecord(refundId, attempt, source);
        return;
      }
      refunds.gatewayRefused(refundId, attempt, e.code() + " " + e.gatewayMessage(), source);
    } catch (GatewayUnavailableException e) {
      // perhaps made: SENDING stays, and the webhook or the next reconciliation reads the record
      LOG.log(
          System.Logger.Level.WARNING,
          "Refund {0}: CCPayment gave no answer to withdrawal {1} ({2}); its record will tell",
          refundId,
          withdrawal.orderId(),
          e.getMessage());
    }
  }

  /**
   * Reads the gateway's record of a refund's current withdrawal and records what it says; a
   * withdrawal in {@code SENDING} the gateway has no record of is asked for again under the same id
   * (it was never made, or is being made now: either way one withdrawal).
   *
   * @return the refund as it is now
   */
  public Optional<Refund> follow(String refundId, EventSource source) {
    Optional<Refund> found = refunds.find(refundId);
    if (found.isEmpty()) {
      return found;
    }
    Refund refund = found.get();
    if (refund.status() != RefundStatus.SENDING && refund.status() != RefundStatus.PROCESSING) {
      return found;
    }
    int attempt = refund.attempt();
    Optional<WithdrawalRecord> record = gateway.record(refund.withdrawalOrderId());
    if (record.isPresent()) {
      refunds.gatewaySays(refundId, attempt, record.get(), source);
    } else if (refund.status() == RefundStatus.SENDING) {
      ask(refundId, attempt, RefundService.withdrawal(refund), source);
    }
    return refunds.find(refundId);
  }

  /**
   * A withdrawal webhook: the merchant order id it names, if it is one of ours ({@code
   * rf-<refund>-<attempt>}), is followed up by reading its record (the webhook carries no amounts,
   * and CCPayment tells merchants to confirm with the record).
   */
  public void withdrawalNews(String withdrawalOrderId) {
    refundIdOf(withdrawalOrderId).ifPresent(id -> follow(id, EventSource.WEBHOOK));
  }

  /** Records what the gateway's record of this attempt says, if it has one. */
  private void readRecord(String refundId, int attempt, EventSource source) {
    Optional<Refund> refund = refunds.find(refundId);
    if (refund.isEmpty() || refund.get().attempt() != attempt) {
      return;
    }
    gateway
        .record(refund.get().withdrawalOrderId())
        .ifPresent(r -> refunds.gatewaySays(refundId, attempt, r, source));
  }

  /**
   * Follows every refund in flight (the reconciliation timer); one failing does not stop the rest.
   */
  public int followInFlight() {
    int followed = 0;
    for (Refund refund : refunds.inFlight(100)) {
      try {
        follow(refund.id(), EventSource.RECONCILIATION);
        followed++;
      } catch (RuntimeException e) {
        LOG.log(
            System.Logger.Level.WARNING,
            "Refund {0} could not be followed up now: {1}",
            refund.id(),
            e.getMessage());
      }
    }
    return followed;
  }

  /** The refund id in a withdrawal's merchant order id ({@code rf-<id>-<attempt>}). */
  static Optional<String> refundIdOf(String withdrawalOrderId) {
    if (withdrawalOrderId == null || !withdrawalOrderId.startsWith("rf-")) {
      return Optional.empty();
    }
    int dash = withdrawalOrderId.lastIndexOf('-');
    if (dash <= 3) {
      return Optional.empty();
    }
    return Optional.of(withdrawalOrderId.substring(3, dash));
  }

  private void requireValid(RefundDestination to) {
    if (to instanceof RefundDestination.ChainAddress a
        && !gateway.addressValid(a.chain(), a.address())) {
      throw new RefundRefusedException(
          Refusal.INVALID_DESTINATION,
          "CCPayment does not take " + a.address() + " as an address on " + a.chain());
    }
  }

  private Refund current(String refundId) {
    return refunds.find(refundId).orElseThrow();
  }
}
