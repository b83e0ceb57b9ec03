package dev.paydesk.domain.refund;

import java.util.List;
import java.util.Optional;

/** The refunds of every checkout. */
public interface RefundRepository {

  void add(Refund refund);

  Optional<Refund> find(String id);

  /**
   * The checkout a refund belongs to, read without loading the refund: a step locks that order
   * first and reads the refund after, as it is under the lock.
   */
  Optional<String> checkoutOf(String refundId);

  /** The refund whose buyer link's token has this digest. */
  Optional<Refund> byLinkDigest(String digest);

  /** A checkout's refunds, oldest first. */
  List<Refund> ofCheckout(String checkoutId);

  /** Refunds that have not ended (awaiting, ready, out, failed), oldest first. */
  List<Refund> open(int limit);

  /** How many wait for someone: an address, an approval, a retry or cancel after a failure. */
  long countWaiting();

  /** Refunds that ended (sent or cancelled), newest first. */
  List<Refund> ended(int limit);

  /** Refunds whose withdrawal is out at the gateway and not final yet (to poll their record). */
  List<Refund> inFlight(int limit);
}
