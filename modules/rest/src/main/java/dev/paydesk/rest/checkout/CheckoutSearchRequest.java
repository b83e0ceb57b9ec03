package dev.paydesk.rest.checkout;

import dev.paydesk.domain.order.OrderSearch;
import dev.paydesk.domain.order.OrderStatus;
import dev.paydesk.rest.problem.QueryParameters;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The query parameters of {@code GET /api/v1/checkouts}, as given (text), read into a search that
 * names every bad one.
 */
record CheckoutSearchRequest(
    List<String> status,
    String merchantOrderId,
    String text,
    String tokenId,
    String createdFrom,
    String createdBefore,
    String sort,
    String page,
    String size) {

  OrderSearch toSearch() {
    QueryParameters query = new QueryParameters();
    var statuses = query.constants("status", status, OrderStatus.class);
    Instant from = query.instant("createdFrom", createdFrom);
    Instant before = query.instant("createdBefore", createdBefore);
    if (from != null && before != null && !from.isBefore(before)) {
      query.reject("createdBefore", "must be after createdFrom");
    }
    var sorts =
        query.constants(
            "sort",
            sort == null ? null : List.of(sort.toUpperCase(Locale.ROOT)),
            OrderSearch.Sort.class);
    int pageNumber = query.integer("page", page, 0, 0, 100_000);
    int pageSize = query.integer("size", size, OrderSearch.DEFAULT_SIZE, 1, OrderSearch.MAX_SIZE);
    query.requireWithinDepth(pageNumber, pageSize, OrderSearch.MAX_DEPTH);
    if (text != null && text.trim().equalsIgnoreCase(OrderSearch.INTERNAL_TRANSFER_TXID)) {
      query.reject(
          "q", "matches every internal transfer; search by the transfer's record id instead");
    }
    query.throwIfInvalid();
    return new OrderSearch(
        statuses,
        from,
        before,
        tokenId,
        merchantOrderId,
        text,
        sorts.isEmpty() ? null : sorts.iterator().next(),
        pageNumber,
        pageSize);
  }
}
