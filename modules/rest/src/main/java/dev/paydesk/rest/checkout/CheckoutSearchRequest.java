package dev.paydesk.rest.checkout;

import dev.paydesk.domain.order.OrderSearch;
import dev.paydesk.domain.order.OrderStatus;
import dev.paydesk.rest.problem.QueryParameters;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of {@code GET /api/v1/checkouts}. */
public class CheckoutSearchRequest {

  @QueryParam("status")
  @Parameter(description = "Any of these statuses; repeat it or separate by commas")
  List<String> status;

  @QueryParam("merchantOrderId")
  @Parameter(description = "The shop's own order id, exactly")
  String merchantOrderId;

  @QueryParam("q")
  @Parameter(
      description =
          "Exactly one of: merchant order id, checkout id, CCPayment order id, txid, record id or"
              + " pay address")
  String text;

  @QueryParam("tokenId")
  String tokenId;

  @QueryParam("createdFrom")
  @Parameter(description = "Created at or after this instant (ISO-8601, e.g. 2026-11-24T00:00:00Z)")
  String createdFrom;

  @QueryParam("createdBefore")
  @Parameter(description = "Created before this instant")
  String createdBefore;

  @QueryParam("sort")
  @Parameter(description = "newest_first (default), oldest_first or recently_updated_first")
  String sort;

  @QueryParam("page")
  @Parameter(description = "Page number, from 0")
  String page;

  @QueryParam("size")
  @Parameter(description = "Checkouts per page, 1 to 100 (default 20)")
  String size;

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
