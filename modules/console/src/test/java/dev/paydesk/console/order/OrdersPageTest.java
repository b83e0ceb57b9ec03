package dev.paydesk.console.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paydesk.domain.order.OrderSearch;
import dev.paydesk.domain.order.OrderStatus;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

class OrdersPageTest {

  @Test
  void readsTheStatusesOfTheUrlIgnoringWhatIsNoStatus() {
    OrdersPage page = new OrdersPage();
    page.setStatus("paid, UNDERPAID,bogus,,");

    assertThat(page.statuses()).containsExactlyInAnyOrder(OrderStatus.PAID, OrderStatus.UNDERPAID);
    assertThat(page.isSelected("PAID")).isTrue();
    assertThat(page.isSelected("EXPIRED")).isFalse();
  }

  @Test
  void noStatusMeansEveryStatus() {
    assertThat(new OrdersPage().statuses()).isEmpty();
  }

  @Test
  void aTableSortBecomesTheSearchsOrder() {
    assertThat(OrderListModel.sortOf(Map.of())).isEqualTo(OrderSearch.Sort.NEWEST_FIRST);
    assertThat(OrderListModel.sortOf(sort("createdAt", SortOrder.ASCENDING)))
        .isEqualTo(OrderSearch.Sort.OLDEST_FIRST);
    assertThat(OrderListModel.sortOf(sort("createdAt", SortOrder.DESCENDING)))
        .isEqualTo(OrderSearch.Sort.NEWEST_FIRST);
    assertThat(OrderListModel.sortOf(sort("updatedAt", SortOrder.DESCENDING)))
        .isEqualTo(OrderSearch.Sort.RECENTLY_UPDATED_FIRST);
  }

  static Map<String, SortMeta> sort(String field, SortOrder order) {
    return Map.of(field, SortMeta.builder().field(field).order(order).build());
  }

  @Test
  void createdDaysAreUtcDaysBothIncluded() {
    OrderSearch search = OrdersPage.filter(null, null, "tok", "2026-11-01", "2026-11-02", null);

    assertThat(search.createdFrom()).isEqualTo(java.time.Instant.parse("2026-11-01T00:00:00Z"));
    assertThat(search.createdBefore()).isEqualTo(java.time.Instant.parse("2026-11-03T00:00:00Z"));
    assertThat(search.tokenId()).isEqualTo("tok");
  }

  @Test
  void aDayThatIsNoDateIsLeftOut() {
    assertThat(OrdersPage.filter(null, null, null, "yesterday", "", null).createdFrom()).isNull();
  }

  @Test
  void reviewOneListsOnlyTheOrdersToReview() {
    assertThat(OrdersPage.filter(null, null, null, null, null, "1").toReview()).isTrue();
    assertThat(OrdersPage.filter(null, null, null, null, null, null).toReview()).isFalse();
  }
}
