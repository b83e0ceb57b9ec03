package dev.paydesk.example.shop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The shop's orders, in its own database. */
@ApplicationScoped
@Transactional
public class Orders {

  @PersistenceContext(unitName = "shop")
  EntityManager em;

  public ShopOrder place(String product, BigDecimal price, String currency, String tokenId) {
    ShopOrder order = new ShopOrder();
    order.id = "S-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    order.product = product;
    order.price = price;
    order.currency = currency;
    order.tokenId = tokenId;
    order.status = ShopOrder.Status.NEW;
    order.createdAt = Instant.now();
    em.persist(order);
    return order;
  }

  public Optional<ShopOrder> find(String id) {
    return Optional.ofNullable(em.find(ShopOrder.class, id));
  }

  public void awaitingPayment(String id, String checkoutId, String checkoutUrl) {
    ShopOrder order = em.find(ShopOrder.class, id);
    order.checkoutId = checkoutId;
    order.checkoutUrl = checkoutUrl;
    if (order.status == ShopOrder.Status.NEW) {
      order.status = ShopOrder.Status.AWAITING_PAYMENT;
    }
  }

  /** Marks it paid and ships it: joins the event's transaction, so it commits with the event. */
  public void paidAndShipped(String id, Instant at) {
    ShopOrder order = em.find(ShopOrder.class, id, LockModeType.PESSIMISTIC_WRITE);
    order.status = ShopOrder.Status.PAID;
    order.paidAt = at;
    order.shipments++;
  }

  /** Notes that the buyer's confirmation went out; setting it twice is harmless. */
  public void confirmationSent(String id) {
    em.find(ShopOrder.class, id, LockModeType.PESSIMISTIC_WRITE).confirmationSent = true;
  }

  public void expired(String id) {
    ShopOrder order = em.find(ShopOrder.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (order.status != ShopOrder.Status.PAID) {
      order.status = ShopOrder.Status.EXPIRED;
    }
  }
}
