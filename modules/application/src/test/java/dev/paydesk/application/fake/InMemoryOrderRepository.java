package dev.paydesk.application.fake;

import dev.paydesk.application.dashboard.OrderStatistics;
import dev.paydesk.application.order.CheckoutView;
import dev.paydesk.application.order.ExportPage;
import dev.paydesk.application.order.OrderQueries;
import dev.paydesk.application.order.TimelineEntryView;
import dev.paydesk.domain.order.CheckoutId;
import dev.paydesk.domain.order.DueCursor;
import dev.paydesk.domain.order.DueOrderStore;
import dev.paydesk.domain.order.DuplicateOrderException;
import dev.paydesk.domain.order.Order;
import dev.paydesk.domain.order.OrderRepository;
import dev.paydesk.domain.order.OrderSearch;
import dev.paydesk.domain.order.OrderStatus;
import dev.paydesk.domain.order.ResultPage;
import dev.paydesk.domain.order.ReviewFlag;
import dev.paydesk.domain.order.TimelineEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Orders in memory behind all four order ports (write side, expiry pages, queries, statistics),
 * with the uniqueness rules and the due order of the real stores.
 */
public class InMemoryOrderRepository
    implements OrderRepository, DueOrderStore, OrderQueries, OrderStatistics {

  private final Map<CheckoutId, Order> orders = new LinkedHashMap<>();
  private final Map<CheckoutId, List<TimelineEntry>> timelines = new LinkedHashMap<>();
  private Runnable beforeNextAdd = () -> {};

  /** Runs once, just before the next {@link #add}: how a test lets another request win a race. */
  public void beforeNextAdd(Runnable action) {
    this.beforeNextAdd = action;
  }

  public List<Order> all() {
    return List.copyOf(orders.values());
  }

  @Override
  public void add(Order order) {
    Runnable race = beforeNextAdd;
    beforeNextAdd = () -> {};
    race.run();
    boolean taken =
        orders.values().stream()
            .anyMatch(
                o ->
                    o.merchantOrderId().equals(order.merchantOrderId())
                        || o.idempotencyKey().equals(order.idempotencyKey()));
    if (taken) {
      throw new DuplicateOrderException("taken: " + order.merchantOrderId(), null);
    }
    rowIdOf(order, orders.size() + 1L);
    orders.put(order.publicId(), order);
    wire(order);
  }

  /** The row id the database would give it (the field has no setter: JPA sets it). */
  private static void rowIdOf(Order order, long id) {
    try {
      var field = Order.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(order, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private Order wire(Order order) {
    order
        .timeline()
        .storeWith(
            entry ->
                timelines.computeIfAbsent(order.publicId(), id -> new ArrayList<>()).add(entry));
    return order;
  }

  private Optional<Order> first(Predicate<Order> test) {
    return orders.values().stream().filter(test).findFirst().map(this::wire);
  }

  @Override
  public Optional<Order> findByPublicId(CheckoutId id) {
    return first(o -> o.publicId().equals(id));
  }

  @Override
  public Optional<Order> findByIdempotencyKey(String idempotencyKey) {
    return first(o -> o.idempotencyKey().equals(idempotencyKey));
  }

  @Override
  public Optional<Order> findByMerchantOrderId(String merchantOrderId) {
    return first(o -> o.merchantOrderId().equals(merchantOrderId));
  }

  @Override
  public Optional<CheckoutView> checkout(CheckoutId id) {
    return findByPublicId(id).map(CheckoutView::of);
  }

  @Override
  public Optional<Order> lock(CheckoutId id) {
    return findByPublicId(id);
  }

  @Override
  public Optional<Order> lockByGatewayMerchantOrderId(String gatewayMerchantOrderId) {
    return first(o -> o.attempt().gatewayMerchantOrderId().equals(gatewayMerchantOrderId));
  }

  @Override
  public Optional<Order> lockByGatewayOrderId(String gatewayOrderId) {
    return first(o -> o.attempt().gatewayOrderId().filter(gatewayOrderId::equals).isPresent());
  }

  @Override
  public List<Order> findDue(Instant dueAt, Optional<DueCursor> after, int limit) {
    Comparator<Order> soonest =
        Comparator.<Order, Instant>comparing(o -> o.expiresAt().orElseThrow())
            .thenComparing(Order::id);
    return orders.values().stream()
        .filter(
            o -> Set.of(OrderStatus.AWAITING_PAYMENT, OrderStatus.UNDERPAID).contains(o.status()))
        .filter(o -> o.expiresAt().filter(e -> !e.isAfter(dueAt)).isPresent())
        .filter(
            o ->
                after
                    .map(
                        a ->
                            o.expiresAt().orElseThrow().compareTo(a.expiresAt()) > 0
                                || (o.expiresAt().orElseThrow().equals(a.expiresAt())
                                    && o.id() > a.rowId()))
                    .orElse(true))
        .sorted(soonest)
        .limit(limit)
        .toList();
  }

  /** How many times each order was locked by {@link #lockPage}: a sweep locks each once. */
  public final Map<CheckoutId, Integer> pageLocks = new java.util.HashMap<>();

  @Override
  public List<Order> lockPage(java.util.Collection<CheckoutId> ids, Set<CheckoutId> tracked) {
    ids.forEach(id -> pageLocks.merge(id, 1, Integer::sum));
    return ids.stream().map(orders::get).filter(java.util.Objects::nonNull).toList();
  }

  @Override
  public void storeExpiries(List<Order> expired) {
    // kept in memory: their timeline entries were stored as they were recorded
  }

  @Override
  public List<Order> findToReconcile(Instant detectedBefore, Instant expiredAfter, int limit) {
    return orders.values().stream()
        .filter(
            o ->
                (o.status() == OrderStatus.PAYMENT_DETECTED
                        && !o.updatedAt().isAfter(detectedBefore))
                    || (Set.of(
                                OrderStatus.EXPIRED,
                                OrderStatus.EXPIRED_UNDERPAID,
                                OrderStatus.CANCELLED)
                            .contains(o.status())
                        && o.expiredAt().filter(e -> !e.isBefore(expiredAfter)).isPresent()))
        .sorted(Comparator.comparing(Order::updatedAt))
        .limit(limit)
        .toList();
  }

  @Override
  public ResultPage<CheckoutView> search(OrderSearch search) {
    List<CheckoutView> all = orders.values().stream().map(CheckoutView::of).toList();
    return new ResultPage<>(all, 0, Math.max(1, all.size()), all.size());
  }

  @Override
  public List<CheckoutView> page(OrderSearch search) {
    return search(search).items();
  }

  @Override
  public long countUpTo(OrderSearch search, int limit) {
    return Math.min(limit, search(search).total());
  }

  @Override
  public ExportPage exportPage(OrderSearch filter, long afterId, int size) {
    List<Order> found =
        orders.values().stream()
            .filter(o -> o.id() != null && o.id() > afterId)
            .sorted(Comparator.comparing(Order::id))
            .limit(size)
            .toList();
    return new ExportPage(
        found.stream().map(CheckoutView::of).toList(),
        found.isEmpty() ? afterId : found.get(found.size() - 1).id(),
        found.size() == size);
  }

  /** The stored timeline as the domain recorded it (for tests' assertions). */
  public List<TimelineEntry> timelineOf(CheckoutId id) {
    return List.copyOf(timelines.getOrDefault(id, List.of()));
  }

  @Override
  public List<TimelineEntryView> timeline(CheckoutId id) {
    return timelines.getOrDefault(id, List.of()).stream().map(TimelineEntryView::of).toList();
  }

  @Override
  public Map<OrderStatus, Long> countByStatus(Instant createdFrom, Instant createdBefore) {
    Map<OrderStatus, Long> counts = new java.util.EnumMap<>(OrderStatus.class);
    orders.values().stream()
        .filter(o -> createdFrom == null || !o.createdAt().isBefore(createdFrom))
        .filter(o -> createdBefore == null || o.createdAt().isBefore(createdBefore))
        .forEach(o -> counts.merge(o.status(), 1L, Long::sum));
    return counts;
  }

  @Override
  public Map<String, java.math.BigDecimal> paidByCrypto(
      Instant createdFrom, Instant createdBefore) {
    return Map.of();
  }

  @Override
  public Map<String, java.math.BigDecimal> paidPriceByCurrency(
      Instant createdFrom, Instant createdBefore) {
    return Map.of();
  }

  @Override
  public long countDetectedSince(Instant before) {
    return orders.values().stream()
        .filter(o -> o.status() == OrderStatus.PAYMENT_DETECTED && !o.updatedAt().isAfter(before))
        .count();
  }

  @Override
  public long countToReview() {
    return orders.values().stream()
        .filter(o -> o.review().map(ReviewFlag::since).isPresent())
        .count();
  }
}
