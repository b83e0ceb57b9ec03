package dev.paydesk.client.api;

import jakarta.ws.rs.QueryParam;
import java.util.List;

/**
 * What {@link PaydeskApi#checkouts(CheckoutSearch)} looks for; every field may stay null.
 *
 * <pre>{@code
 * CheckoutSearch search = new CheckoutSearch();
 * search.status = List.of("PAID", "OVERPAID");
 * search.createdFrom = "2026-12-01T00:00:00Z";
 * }</pre>
 */
public class CheckoutSearch {

  /** Any of these statuses. */
  @QueryParam("status")
  public List<String> status;

  /** The shop's own order id, exactly. */
  @QueryParam("merchantOrderId")
  public String merchantOrderId;

  /**
   * A merchant order id, checkout id, CCPayment order id, txid, record id or pay address; ids by
   * prefix, whatever their case.
   */
  @QueryParam("q")
  public String q;

  @QueryParam("tokenId")
  public String tokenId;

  /** Created at or after (ISO-8601, e.g. 2026-11-24T00:00:00Z). */
  @QueryParam("createdFrom")
  public String createdFrom;

  /** Created before (ISO-8601). */
  @QueryParam("createdBefore")
  public String createdBefore;

  /** newest_first (default), oldest_first or recently_updated_first. */
  @QueryParam("sort")
  public String sort;

  /** From 0. */
  @QueryParam("page")
  public Integer page;

  /** 1 to 100 (20 unless given). */
  @QueryParam("size")
  public Integer size;

  /** The checkout made for the shop's order {@code merchantOrderId}, if any. */
  public static CheckoutSearch byMerchantOrderId(String merchantOrderId) {
    CheckoutSearch search = new CheckoutSearch();
    search.merchantOrderId = merchantOrderId;
    return search;
  }
}
