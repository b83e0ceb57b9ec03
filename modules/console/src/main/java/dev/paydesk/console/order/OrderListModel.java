package dev.paydesk.console.order;

import dev.paydesk.application.order.OrderReadService;
import dev.paydesk.domain.order.OrderSearch;
import dev.paydesk.domain.order.ResultPage;
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
class OrderListModel extends LazyDataModel<OrderRow> {

  private final transient OrderReadService reads;
  private final OrderSearch filter;

  /**
   * @param filter what to list; its sort, page and size are the table's
   */
  OrderListModel(OrderReadService reads, OrderSearch filter) {
    this.reads = reads;
    this.filter = filter;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, search(0, 1, Map.of()).total());
  }

  @Override
  public List<OrderRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    ResultPage<OrderRow> page = search(first / Math.max(1, pageSize), pageSize, sortBy);
    setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
    return page.items();
  }

  @Override
  public String getRowKey(OrderRow row) {
    return row.getId();
  }

  @Override
  public OrderRow getRowData(String rowKey) {
    return null; // rows are links, never selected
  }

  private ResultPage<OrderRow> search(int page, int size, Map<String, SortMeta> sortBy) {
    return reads
        .search(
            new OrderSearch(
                filter.statuses(),
                filter.createdFrom(),
                filter.createdBefore(),
                filter.tokenId(),
                null,
                filter.text(),
                sortOf(sortBy),
                page,
                Math.min(size, OrderSearch.MAX_SIZE)))
        .map(OrderRow::new);
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
