package dev.paydesk.domain.order;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which orders to list, and in which order. Every criterion is optional; all given must hold.
 *
 * @param statuses any of these (empty: any status)
 * @param createdFrom created at or after
 * @param createdBefore created before
 * @param merchantOrderId exactly this merchant order id
 * @param text exactly one of: merchant order id, checkout id, CCPayment order id, a payment's txid
 *     or record id, or the pay address
 * @param toReview only orders waiting for a person to review them (see {@link Order#reviewReason})
 * @param idPrefix {@code text} also finds a merchant order id that starts with it, in any case
 *     ({@code t-20} finds {@code T-2004}): how a person searches (the console); the shop API's
 *     {@code q} stays exact
 * @param page from 0
 * @param size results per page, 1 to {@link #MAX_SIZE}
 */
public record OrderSearch(
    Set<OrderStatus> statuses,
    Instant createdFrom,
    Instant createdBefore,
    String tokenId,
    String merchantOrderId,
    String text,
    boolean toReview,
    Sort sort,
    int page,
    int size,
    boolean idPrefix) {

  public static final int MAX_SIZE = 100;
  public static final int DEFAULT_SIZE = 20;

  /**
   * How deep a search pages: rows past this are reached by narrowing it (a status, a creation
   * range), never by an offset that makes the database read and skip them all.
   */
  public static final int MAX_DEPTH = 10_000;

  /**
   * The txid every CCPayment internal transfer carries: as a search term it would match every one
   * of them, so it is refused (search by the transfer's record id).
   */
  public static final String INTERNAL_TRANSFER_TXID = "internal transfer";

  /** How results are ordered; ties are broken by the order's age, so paging is stable. */
  public enum Sort {
    NEWEST_FIRST,
    OLDEST_FIRST,
    RECENTLY_UPDATED_FIRST
  }

  public OrderSearch {
    statuses =
        statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
    tokenId = blankToNull(tokenId);
    merchantOrderId = blankToNull(merchantOrderId);
    text = blankToNull(text);
    sort = sort == null ? Sort.NEWEST_FIRST : sort;
    if (page < 0) {
      throw new IllegalArgumentException("page must be 0 or more");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
    }
  }

  /** Ids matched exactly. */
  public OrderSearch(
      Set<OrderStatus> statuses,
      Instant createdFrom,
      Instant createdBefore,
      String tokenId,
      String merchantOrderId,
      String text,
      boolean toReview,
      Sort sort,
      int page,
      int size) {
    this(
        statuses,
        createdFrom,
        createdBefore,
        tokenId,
        merchantOrderId,
        text,
        toReview,
        sort,
        page,
        size,
        false);
  }

  /** Any order, whether or not it waits for a review; ids matched exactly. */
  public OrderSearch(
      Set<OrderStatus> statuses,
      Instant createdFrom,
      Instant createdBefore,
      String tokenId,
      String merchantOrderId,
      String text,
      Sort sort,
      int page,
      int size) {
    this(
        statuses,
        createdFrom,
        createdBefore,
        tokenId,
        merchantOrderId,
        text,
        false,
        sort,
        page,
        size,
        false);
  }

  /** Every order, newest first, the first page. */
  public static OrderSearch all() {
    return new OrderSearch(null, null, null, null, null, null, null, 0, DEFAULT_SIZE);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
