package dev.paydesk.persistence.order;

import dev.paydesk.application.order.CheckoutView;
import dev.paydesk.domain.order.CheckoutId;
import dev.paydesk.domain.order.DueCursor;
import dev.paydesk.domain.order.Order;
import dev.paydesk.domain.order.OrderSearch;
import dev.paydesk.domain.order.OrderStatus;
import dev.paydesk.domain.order.ResultPage;
import dev.paydesk.domain.order.TimelineEntry;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The four order stores on one entity manager (one transaction), as a contract test uses them. */
final class OrderStores {

  final JpaOrderRepository orders;
  final JpaOrderQueries queries;
  final JpaOrderStatistics statistics;
  final JpaDueOrderStore due;

  OrderStores(EntityManager em) {
    this.orders = new JpaOrderRepository(em);
    this.queries = new JpaOrderQueries(em);
    this.statistics = new JpaOrderStatistics(em);
    this.due = new JpaDueOrderStore(em);
  }

  void add(Order order) {
    orders.add(order);
  }

  Optional<Order> findByPublicId(CheckoutId id) {
    return orders.findByPublicId(id);
  }

  Optional<Order> findByIdempotencyKey(String key) {
    return orders.findByIdempotencyKey(key);
  }

  Optional<Order> findByMerchantOrderId(String id) {
    return orders.findByMerchantOrderId(id);
  }

  Optional<Order> lock(CheckoutId id) {
    return orders.lock(id);
  }

  Optional<Order> lockByGatewayMerchantOrderId(String id) {
    return orders.lockByGatewayMerchantOrderId(id);
  }

  Optional<Order> read(CheckoutId id) {
    return queries.read(id);
  }

  List<TimelineEntry> timelineOf(CheckoutId id) {
    return queries.entries(id);
  }

  ResultPage<CheckoutView> search(OrderSearch search) {
    return queries.search(search);
  }

  List<Order> exportPage(OrderSearch search, long afterId, int size) {
    return queries.exportRows(search, afterId, size);
  }

  List<Order> findDue(Instant dueAt, Optional<DueCursor> after, int limit) {
    return due.findDue(dueAt, after, limit);
  }

  List<Order> lockPage(Collection<CheckoutId> ids, Set<CheckoutId> tracked) {
    return due.lockPage(ids, tracked);
  }

  void storeExpiries(List<Order> expired) {
    due.storeExpiries(expired);
  }

  Map<OrderStatus, Long> countByStatus(Instant from, Instant before) {
    return statistics.countByStatus(from, before);
  }

  Map<String, BigDecimal> paidByCrypto(Instant from, Instant before) {
    return statistics.paidByCrypto(from, before);
  }

  Map<String, BigDecimal> paidPriceByCurrency(Instant from, Instant before) {
    return statistics.paidPriceByCurrency(from, before);
  }

  long countToReview() {
    return statistics.countToReview();
  }
}
