package dev.paydesk.application.order;

import dev.paydesk.application.payment.OrderStatusChanged;
import dev.paydesk.domain.order.CheckoutId;
import dev.paydesk.domain.order.Order;
import dev.paydesk.domain.order.OrderRefusedException;
import dev.paydesk.domain.order.OrderRefusedException.Refusal;
import dev.paydesk.domain.order.OrderRepository;
import dev.paydesk.domain.order.OrderStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * What a merchant does to an order from the console: a note, or cancelling an order nobody has
 * paid. Each happens under the order's row lock and goes on its timeline with who did it.
 */
@ApplicationScoped
@Transactional
public class OrderActionService {

  public static final int MAX_NOTE = 500;

  private OrderRepository orders;
  private Event<OrderStatusChanged> statusChanged;
  private Clock clock;

  protected OrderActionService() {
    // for CDI proxies
  }

  @Inject
  public OrderActionService(
      OrderRepository orders, Event<OrderStatusChanged> statusChanged, Clock clock) {
    this.orders = orders;
    this.statusChanged = statusChanged;
    this.clock = clock;
  }

  /**
   * @throws OrderRefusedException {@code INVALID_NOTE}: an empty note, one over {@value #MAX_NOTE}
   *     characters, or one with control characters other than line breaks; {@code UNKNOWN_ORDER}
   */
  public CheckoutView addNote(CheckoutId id, String username, String text) {
    String note = text == null ? "" : text.strip();
    if (note.isEmpty() || note.length() > MAX_NOTE) {
      throw new OrderRefusedException(
          Refusal.INVALID_NOTE, "a note has 1 to " + MAX_NOTE + " characters");
    }
    if (note.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r')) {
      throw new OrderRefusedException(
          Refusal.INVALID_NOTE, "a note cannot hold control characters");
    }
    Order order = require(id);
    order.addNote(username, note, clock.instant());
    return CheckoutView.of(order);
  }

  /**
   * @throws OrderRefusedException {@code NOT_CANCELLABLE}: the order is paid, on its way to being
   *     paid, or over; {@code UNKNOWN_ORDER}
   */
  public CheckoutView cancel(CheckoutId id, String username, String reason) {
    Order order = require(id);
    Instant now = clock.instant();
    OrderStatus before = order.status();
    order.cancel(username, reason == null || reason.isBlank() ? null : reason.strip(), now);
    statusChanged.fire(
        new OrderStatusChanged(order.publicId(), before, order.status(), now, order));
    return CheckoutView.of(order);
  }

  /**
   * A person looked into what the order was flagged for (a late part-payment, a report that could
   * not be credited): it leaves the "to review" queue, with what they did on its timeline.
   *
   * @throws OrderRefusedException {@code NOTHING_TO_REVIEW}; {@code INVALID_NOTE} for a note as
   *     {@link #addNote} refuses it (it may be empty here); {@code UNKNOWN_ORDER}
   */
  public CheckoutView markReviewed(CheckoutId id, String username, String text) {
    String note = text == null ? "" : text.strip();
    if (note.length() > MAX_NOTE
        || note.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r')) {
      throw new OrderRefusedException(
          Refusal.INVALID_NOTE,
          "a note has at most " + MAX_NOTE + " characters and no control characters");
    }
    Order order = require(id);
    order.markReviewed(username, note.isEmpty() ? null : note, clock.instant());
    return CheckoutView.of(order);
  }

  private Order require(CheckoutId id) {
    return orders
        .lock(id)
        .orElseThrow(
            () -> new OrderRefusedException(Refusal.UNKNOWN_ORDER, "no order has the id " + id));
  }

  /**
   * A person leaves a payment CCPayment flagged risky uncredited (it stays at CCPayment, to be
   * refunded there): on the timeline with the record, and out of the "to review" queue.
   *
   * @throws OrderRefusedException {@code INVALID_NOTE}; {@code UNKNOWN_ORDER}
   */
  public CheckoutView leaveRisky(CheckoutId id, String recordId, String username, String note) {
    String why = note == null ? "" : note.strip();
    if (why.length() > MAX_NOTE) {
      throw new OrderRefusedException(
          Refusal.INVALID_NOTE, "a note has at most " + MAX_NOTE + " characters");
    }
    Order order = require(id);
    order.riskyPaymentDecided(
        username,
        recordId,
        "left payment record "
            + recordId
            + " that CCPayment flagged risky uncredited"
            + (why.isEmpty() ? "" : ": " + why),
        clock.instant());
    return CheckoutView.of(order);
  }

  /** What the gateway answered to a rescan someone asked for, on the order's timeline. */
  public void rescanAsked(CheckoutId id, Actor actor, String txid, String answer) {
    require(id).rescanAsked(actor.source(), actor.name(), txid, answer, clock.instant());
  }
}
