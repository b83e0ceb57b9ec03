package dev.paydesk.domain.order;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The expiry sweep's store: pages of due orders walked by a keyset cursor, and a page's orders
 * locked once and written back all at once.
 */
public interface DueOrderStore {

  /**
   * Orders still asking for payment whose expiry is at or before {@code dueAt}, soonest first (ties
   * by row id), after {@code after} when given: a sweep walks them a page at a time without reading
   * any twice, whatever it left as it was.
   */
  List<Order> findDue(Instant dueAt, Optional<DueCursor> after, int limit);

  /**
   * The orders, locked for update in one statement in one order (their row ids), so that two sweeps
   * taking overlapping pages wait for each other and never deadlock; unknown ids are left out.
   * Those in {@code tracked} are changed and written as any locked order is ({@link
   * OrderRepository#lock}); of the others nothing is written unless {@link #storeExpiries} stores
   * them. Each row is locked once: a page asks for it here and nowhere else.
   */
  List<Order> lockPage(Collection<CheckoutId> ids, Set<CheckoutId> tracked);

  /**
   * Writes what {@link Order#expire} changed on untracked orders of {@link #lockPage} (status,
   * times, the timeline entry it recorded) with one statement per table for all of them, inside the
   * caller's transaction.
   *
   * @throws RuntimeException an order changed since it was locked (a version mismatch)
   */
  void storeExpiries(List<Order> expired);
}
