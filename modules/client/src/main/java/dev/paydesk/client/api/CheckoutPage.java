package dev.paydesk.client.api;

import java.net.URI;
import java.util.List;

/**
 * One page of a checkout search.
 *
 * @param page the page number, from 0
 * @param total how many checkouts the search finds in all
 * @param next the next page's URL; null on the last page
 */
public record CheckoutPage(
    List<Checkout> items, int page, int size, long total, URI next, boolean livemode) {}
