package dev.paydesk.domain.refund;

import java.util.List;
import java.util.Optional;

/** The refunds of every checkout. */
public interface RefundRepository {

  void add(Refund refund);

  Optional<Refund> find(String id);

  /** A checkout's refunds, oldest first. */
  List<Refund> ofCheckout(String checkoutId);

  /** Refunds whose withdrawal is out at the gateway and not final yet (to poll their record). */
  List<Refund> inFlight(int limit);
}
