package dev.paydesk.rest.checkout;

import java.net.URI;
import java.util.List;

/**
 * One page of a checkout search.
 *
 * @param next the next page's URL; absent on the last page
 */
public record CheckoutListResponse(
    List<CheckoutResponse> items, int page, int size, long total, URI next, boolean livemode) {}
