package dev.paydesk.console.order;

import dev.paydesk.application.order.CheckoutView;
import dev.paydesk.application.order.OrderReadService;
import dev.paydesk.domain.order.OrderSearch;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The order list, one page at a time from the read side: only the rows shown are read. The filters
 * come from the page's URL; the table only pages and sorts.
 */
class OrderListModel extends LazyDataModel<CheckoutView> {

  private final transient OrderReadService reads;
  private final OrderSearch filter;

  /**
   * @param filter what to list; its sort, page and size are the table's
   */
  OrderListModel(OrderReadService reads, OrderSearch filter) {
    this.reads = reads;
    this.filter = filter;
  }

  /**
   * The list pages through at most this many matches: counting them all, and skipping to a deep
   * offset, would cost in proportion to the orders stored (at a million, beyond 100 ms a page). The
   * page says so and points to narrower filters and the export, which has no such limit.
   */
  static final int LIST_LIMIT = 10_000;

  private boolean capped;

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    long matches = reads.countUpTo(search(0, 1, Map.of()), LIST_LIMIT + 1);
    capped = matches > LIST_LIMIT;
    return (int) Math.min(matches, LIST_LIMIT);
  }

  @Override
  public List<CheckoutView> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return reads.page(search(first / Math.max(1, pageSize), pageSize, sortBy));
  }

  /** Whether more orders match than the list pages through. */
  public boolean isCapped() {
    return capped;
  }

  @Override
  public String getRowKey(CheckoutView row) {
    return row.id();
  }

  @Override
  public CheckoutView getRowData(String rowKey) {
    return null; // rows are links, never selected
  }

  private OrderSearch search(int page, int size, Map<String, SortMeta> sortBy) {
    return new OrderSearch(
        filter.statuses(),
        filter.createdFrom(),
        filter.createdBefore(),
        filter.tokenId(),
        null,
        filter.text(),
        filter.toReview(),
        sortOf(sortBy),
        page,
        Math.min(size, OrderSearch.MAX_SIZE),
        filter.idPrefix());
  }

  static OrderSearch.Sort sortOf(Map<String, SortMeta> sortBy) {
    SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
    if (sort == null || sort.getOrder() == SortOrder.UNSORTED) {
      return OrderSearch.Sort.NEWEST_FIRST;
    }
    if ("updatedAt".equals(sort.getField())) {
      return OrderSearch.Sort.RECENTLY_UPDATED_FIRST;
    }
    return sort.getOrder() == SortOrder.ASCENDING
        ? OrderSearch.Sort.OLDEST_FIRST
        : OrderSearch.Sort.NEWEST_FIRST;
  }
}
