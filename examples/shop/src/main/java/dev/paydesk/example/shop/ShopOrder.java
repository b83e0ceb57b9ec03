package dev.paydesk.example.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** The shop's own order: what was bought, and how far it got. */
@Entity
@Table(name = "shop_order")
public class ShopOrder {

  /** NEW until Paydesk made the checkout; PAID once the money covers it and it is shipped. */
  public enum Status {
    NEW,
    AWAITING_PAYMENT,
    PAID,
    EXPIRED
  }

  @Id String id;

  String product;

  BigDecimal price;

  String currency;

  String tokenId;

  @Enumerated(EnumType.STRING)
  Status status;

  String checkoutId;

  String checkoutUrl;

  /** How many times it was shipped: the point of the whole kit is that this never exceeds 1. */
  int shipments;

  /** Whether the buyer was sent a confirmation (by an asynchronous observer). */
  boolean confirmationSent;

  Instant createdAt;

  Instant paidAt;

  public String getId() {
    return id;
  }

  public String getProduct() {
    return product;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public String getCurrency() {
    return currency;
  }

  public Status getStatus() {
    return status;
  }

  public String getCheckoutId() {
    return checkoutId;
  }

  public String getCheckoutUrl() {
    return checkoutUrl;
  }

  public int getShipments() {
    return shipments;
  }

  public boolean isConfirmationSent() {
    return confirmationSent;
  }

  public Instant getPaidAt() {
    return paidAt;
  }
}
