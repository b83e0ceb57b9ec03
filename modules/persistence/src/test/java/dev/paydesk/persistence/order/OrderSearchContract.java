package dev.paydesk.persistence.order;

import static dev.paydesk.domain.order.OrderBuilder.anOrder;
import static dev.paydesk.domain.order.OrderBuilder.unique;
import static dev.paydesk.domain.order.OrderBuilder.webhookReport;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paydesk.application.order.CheckoutView;
import dev.paydesk.domain.order.CheckoutId;
import dev.paydesk.domain.order.Order;
import dev.paydesk.domain.order.OrderSearch;
import dev.paydesk.domain.order.OrderSearch.Sort;
import dev.paydesk.domain.order.OrderStatus;
import dev.paydesk.domain.order.Payment;
import dev.paydesk.domain.order.ResultPage;
import dev.paydesk.domain.order.ReviewFlag;
import dev.paydesk.domain.order.TimelineEntry;
import dev.paydesk.domain.payment.PaymentStatus;
import dev.paydesk.domain.payment.UnderpaymentTolerance;
import dev.paydesk.domain.webhook.ReceivedWebhook;
import dev.paydesk.domain.webhook.ReceivedWebhook.Outcome;
import dev.paydesk.domain.webhook.WebhookSearch;
import dev.paydesk.persistence.webhook.JpaWebhookLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The read side's searches on a real database. Each test works on orders of its own token, so the
 * orders other tests leave behind do not count.
 */
abstract class OrderSearchContract extends PersistenceTestBase {

  ResultPage<CheckoutView> search(
      String tokenId, Set<OrderStatus> statuses, String text, Sort sort, int page, int size) {
    return inTransaction(
        repo ->
            repo.search(
                new OrderSearch(statuses, null, null, tokenId, null, text, sort, page, size)));
  }

  List<String> ids(ResultPage<CheckoutView> page) {
    return page.items().stream().map(CheckoutView::id).toList();
  }

  Order store(Order order) {
    run(repo -> repo.add(order));
    return order;
  }

  Order pay(Order order, String txid, String amount) {
    return inTransaction(
        repo -> {
          Order locked = repo.lock(order.publicId()).orElseThrow();
          locked.applyPayment(
              webhookReport(txid, PaymentStatus.SUCCESS, amount),
              UnderpaymentTolerance.NONE,
              NOW.plusSeconds(60),
              null);
          return locked;
        });
  }

  @Test
  void aPersonFindsAMerchantOrderIdByItsStartInAnyCaseTheShopApiOnlyExactly() {
    String token = unique("tok");
    String run = unique("Run").toUpperCase(java.util.Locale.ROOT);
    Order t2004 = store(anOrder().tokenId(token).merchantOrderId(run + "-T-2004").payable());
    Order t2005 = store(anOrder().tokenId(token).merchantOrderId(run + "-T-2005").payable());
    Order t30 = store(anOrder().tokenId(token).merchantOrderId(run + "-T-30").payable());
    Order literal = store(anOrder().tokenId(token).merchantOrderId(run + "-U_2").payable());
    store(anOrder().tokenId(token).merchantOrderId(run + "-UX2").payable());

    ResultPage<CheckoutView> byPrefix =
        inTransaction(
            repo ->
                repo.search(
                    new OrderSearch(
                        null,
                        null,
                        null,
                        token,
                        null,
                        run.toLowerCase(java.util.Locale.ROOT) + "-t-20",
                        false,
                        null,
                        0,
                        20,
                        true)));
    assertThat(ids(byPrefix))
        .containsExactlyInAnyOrder(t2004.publicId().value(), t2005.publicId().value());

    ResultPage<CheckoutView> wildcardsTakenLiterally =
        inTransaction(
            repo ->
                repo.search(
                    new OrderSearch(
                        null, null, null, token, null, run + "-u_", false, null, 0, 20, true)));
    assertThat(ids(wildcardsTakenLiterally)).containsExactly(literal.publicId().value());
    assertThat(ids(search(token, null, run + "-T-2", null, 0, 20)))
        .as("exactly, as the shop API asks")
        .isEmpty();
    assertThat(ids(search(token, null, run + "-T-30", null, 0, 20)))
        .containsExactly(t30.publicId().value());
  }

  @Test
  void filtersByAnyOfSeveralStatuses() {
    String token = unique("tok");
    Order creating = store(anOrder().tokenId(token).creating());
    Order awaiting = store(anOrder().tokenId(token).payable());
    Order paid = store(anOrder().tokenId(token).price("5.00").payable());
    pay(paid, unique("tx"), "5.00");

    ResultPage<CheckoutView> open =
        search(token, Set.of(OrderStatus.AWAITING_PAYMENT, OrderStatus.PAID), null, null, 0, 20);

    assertThat(ids(open))
        .containsExactlyInAnyOrder(awaiting.publicId().value(), paid.publicId().value())
        .doesNotContain(creating.publicId().value());
    assertThat(open.total()).isEqualTo(2);
  }

  @Test
  void anExportReadsEverySelectedOrderOnceInTheOrderTheyWereMadeAPageAtATime() {
    String token = unique("tok");
    List<String> made = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      Order order = store(anOrder().tokenId(token).price("5.00").payable());
      if (i % 3 != 0) {
        pay(order, unique("tx"), "5.00");
        made.add(order.publicId().value());
      }
    }
    OrderSearch paidOfToken =
        new OrderSearch(Set.of(OrderStatus.PAID), null, null, token, null, null, null, 0, 20);

    List<String> exported = new ArrayList<>();
    List<Integer> pageSizes = new ArrayList<>();
    long after = 0;
    while (true) {
      long from = after;
      List<Order> page = inTransaction(repo -> repo.exportPage(paidOfToken, from, 2));
      if (page.isEmpty()) {
        break;
      }
      pageSizes.add(page.size());
      page.forEach(o -> exported.add(o.publicId().value()));
      assertThat(page).allSatisfy(o -> assertThat(o.amountPaid()).isEqualByComparingTo("5"));
      after = page.get(page.size() - 1).id();
    }

    assertThat(exported).containsExactlyElementsOf(made);
    assertThat(pageSizes).containsExactly(2, 2);
  }

  @Test
  void keepsTwoRecordsOfOneTransactionTheOrdersChainAndWhatWaitsForReview() {
    String token = unique("tok");
    Order order = store(anOrder().tokenId(token).price("7.00").payable());
    store(anOrder().tokenId(token).payable());
    String hex = "0xABCDEF" + Long.toHexString(System.nanoTime()).toUpperCase();
    run(
        repo -> {
          Order locked = repo.lock(order.publicId()).orElseThrow();
          for (String[] record : new String[][] {{unique("r"), "3"}, {unique("r"), "4"}}) {
            locked.applyPayment(
                new dev.paydesk.domain.payment.PaymentReport(
                    record[0],
                    hex,
                    PaymentStatus.SUCCESS,
                    new java.math.BigDecimal(record[1]),
                    NOW,
                    dev.paydesk.domain.payment.EventSource.WEBHOOK),
                UnderpaymentTolerance.NONE,
                NOW.plusSeconds(60),
                null);
          }
          locked.flagForReview(
              "a person should look", dev.paydesk.domain.payment.EventSource.WEBHOOK, NOW);
        });

    Order read = inTransaction(repo -> repo.findByPublicId(order.publicId()).orElseThrow());
    assertThat(read.payments()).hasSize(2);
    assertThat(read.payments()).allSatisfy(p -> assertThat(p.txid()).contains(hex.toLowerCase()));
    assertThat(read.amountPaid()).isEqualByComparingTo("7");
    assertThat(read.status()).isEqualTo(OrderStatus.PAID);
    assertThat(read.payInstructions().orElseThrow().chain()).contains("TRX");
    assertThat(read.payInstructions().orElseThrow().contract())
        .contains("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
    assertThat(read.review().map(ReviewFlag::reason)).contains("a person should look");
    assertThat(
            ids(
                inTransaction(
                    repo ->
                        repo.search(
                            new OrderSearch(
                                null, null, null, token, null, null, true, null, 0, 20)))))
        .containsExactly(order.publicId().value());
    long toReview = inTransaction(repo -> repo.countToReview());
    assertThat(toReview).isPositive();
  }

  @Test
  void findsAnOrderByEachOfItsIds() {
    String token = unique("tok");
    Order order = store(anOrder().tokenId(token).price("7.00").payable());
    store(anOrder().tokenId(token).payable());
    String txid = unique("tx");
    Order paid = pay(order, txid, "7.00");
    Payment payment = paid.payments().get(0);

    for (String text :
        List.of(
            order.merchantOrderId(),
            order.publicId().value(),
            order.attempt().gatewayOrderId().orElseThrow(),
            order.payInstructions().orElseThrow().payAddress(),
            payment.txid().orElseThrow(),
            payment.recordId().orElseThrow())) {
      assertThat(ids(search(token, null, text, null, 0, 20)))
          .as("found by %s", text)
          .containsExactly(order.publicId().value());
    }
    assertThat(search(token, null, "no-such-id", null, 0, 20).items()).isEmpty();
  }

  @Test
  void findsByMerchantOrderIdAndCreationRange() {
    String token = unique("tok");
    Order early = store(anOrder().tokenId(token).createdAt(NOW).creating());
    Order late = store(anOrder().tokenId(token).createdAt(NOW.plusSeconds(10)).creating());

    ResultPage<CheckoutView> byMerchantOrderId =
        inTransaction(
            repo ->
                repo.search(
                    new OrderSearch(
                        null, null, null, null, late.merchantOrderId(), null, null, 0, 20)));
    ResultPage<CheckoutView> fromLateOn =
        inTransaction(
            repo ->
                repo.search(
                    new OrderSearch(
                        null, NOW.plusSeconds(10), null, token, null, null, null, 0, 20)));
    ResultPage<CheckoutView> beforeLate =
        inTransaction(
            repo ->
                repo.search(
                    new OrderSearch(
                        null, null, NOW.plusSeconds(10), token, null, null, null, 0, 20)));

    assertThat(ids(byMerchantOrderId)).containsExactly(late.publicId().value());
    assertThat(ids(fromLateOn)).containsExactly(late.publicId().value());
    assertThat(ids(beforeLate)).containsExactly(early.publicId().value());
  }

  @Test
  void sortsAndPagesWithATotal() {
    String token = unique("tok");
    List<String> oldestFirst = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Order order = store(anOrder().tokenId(token).createdAt(NOW.plusSeconds(i)).payable());
      oldestFirst.add(order.publicId().value());
    }

    ResultPage<CheckoutView> first = search(token, null, null, Sort.NEWEST_FIRST, 0, 2);
    ResultPage<CheckoutView> last = search(token, null, null, Sort.NEWEST_FIRST, 2, 2);
    ResultPage<CheckoutView> oldest = search(token, null, null, Sort.OLDEST_FIRST, 0, 2);

    assertThat(ids(first)).containsExactly(oldestFirst.get(4), oldestFirst.get(3));
    assertThat(first.total()).isEqualTo(5);
    assertThat(first.hasNext()).isTrue();
    assertThat(ids(last)).containsExactly(oldestFirst.get(0));
    assertThat(last.total()).isEqualTo(5);
    assertThat(last.hasNext()).isFalse();
    assertThat(ids(oldest)).containsExactly(oldestFirst.get(0), oldestFirst.get(1));
  }

  @Test
  void sortsByLastChange() {
    String token = unique("tok");
    Order older = store(anOrder().tokenId(token).createdAt(NOW).payable());
    store(anOrder().tokenId(token).createdAt(NOW.plusSeconds(1)).payable());
    pay(older, unique("tx"), "49.90");

    assertThat(ids(search(token, null, null, Sort.RECENTLY_UPDATED_FIRST, 0, 1)))
        .containsExactly(older.publicId().value());
  }

  @Test
  void eachFoundOrderComesWithItsPayments() {
    String token = unique("tok");
    Order order = store(anOrder().tokenId(token).price("3.00").payable());
    pay(order, unique("tx"), "1.00");
    pay(order, unique("tx"), "2.00");

    CheckoutView found = search(token, null, null, null, 0, 20).items().get(0);

    assertThat(found.payments()).hasSize(2);
    assertThat(found.amountPaid()).isEqualByComparingTo("3.00");
    assertThat(found.status()).isEqualTo(OrderStatus.PAID);
  }

  @Test
  void theTimelineIsReadOnItsOwnInOrder() {
    Order order = store(anOrder().payable());
    pay(order, unique("tx"), "49.90");

    List<TimelineEntry> timeline = inTransaction(repo -> repo.timelineOf(order.publicId()));
    List<TimelineEntry> none = inTransaction(repo -> repo.timelineOf(CheckoutId.random()));

    assertThat(timeline)
        .extracting(TimelineEntry::kind)
        .containsExactly(
            TimelineEntry.Kind.CREATED,
            TimelineEntry.Kind.ADDRESS_ASSIGNED,
            TimelineEntry.Kind.PAYMENT_CONFIRMED,
            TimelineEntry.Kind.STATUS_CHANGED);
    assertThat(timeline).extracting(TimelineEntry::entryNo).containsExactly(1, 2, 3, 4);
    assertThat(timeline.get(2).recordId())
        .hasValueSatisfying(id -> assertThat(id).startsWith("rec-"));
    assertThat(none).isEmpty();
  }

  @Test
  void aChangeAppendsToTheStoredTimelineWithoutLoadingIt() {
    Order order = store(anOrder().payable());

    Order changed =
        inTransaction(
            repo -> {
              Order locked = repo.lock(order.publicId()).orElseThrow();
              locked.applyPayment(
                  webhookReport(unique("tx"), PaymentStatus.SUCCESS, "49.90"),
                  UnderpaymentTolerance.NONE,
                  NOW.plusSeconds(5),
                  null);
              return locked;
            });
    List<TimelineEntry> stored = inTransaction(repo -> repo.timelineOf(order.publicId()));

    assertThat(changed.timeline().entries())
        .as("only what this change recorded: the stored entries were not loaded")
        .extracting(TimelineEntry::entryNo)
        .containsExactly(3, 4);
    assertThat(stored).extracting(TimelineEntry::entryNo).containsExactly(1, 2, 3, 4);
  }

  @Test
  void theDashboardsCountsAndSumsComeFromTheDatabase() {
    // a window of its own, years away, so other tests' orders do not count
    Instant from = NOW.plus(java.time.Duration.ofDays(3650 + new java.util.Random().nextInt(3650)));
    Instant before = from.plus(java.time.Duration.ofHours(1));
    store(anOrder().createdAt(from).creating());
    Order paid = store(anOrder().createdAt(from.plusSeconds(1)).price("10.00").payable());
    pay(paid, unique("tx"), "4.00");
    pay(paid, unique("tx"), "6.00");
    Order underpaid = store(anOrder().createdAt(from.plusSeconds(2)).price("5.00").payable());
    pay(underpaid, unique("tx"), "1.50");
    Order inToken =
        store(anOrder().createdAt(from.plusSeconds(3)).currency("TOKEN").price("2.5").payable());
    pay(inToken, unique("tx"), "2.5");
    store(anOrder().createdAt(before).payable());

    var counts = inTransaction(repo -> repo.countByStatus(from, before));
    var byCrypto = inTransaction(repo -> repo.paidByCrypto(from, before));
    var byCurrency = inTransaction(repo -> repo.paidPriceByCurrency(from, before));

    assertThat(counts)
        .containsEntry(OrderStatus.CREATING, 1L)
        .containsEntry(OrderStatus.PAID, 2L)
        .containsEntry(OrderStatus.UNDERPAID, 1L)
        .hasSize(3);
    assertThat(byCrypto.get("USDT"))
        .as("everything received, the underpaid order's money too")
        .isEqualByComparingTo("14.00");
    assertThat(byCurrency.get("USD"))
        .as("only the paid order's price")
        .isEqualByComparingTo("10.00");
    assertThat(byCurrency.get("USDT"))
        .as("a price in the token counts under its crypto")
        .isEqualByComparingTo("2.5");
    assertThat(byCurrency).doesNotContainKey("TOKEN");
  }

  @Test
  void theWebhookLogIsSearchedByOutcomeTextAndTime() {
    String merchantOrderId = unique("M");
    String recordId = unique("rec");
    ReceivedWebhook orphan =
        ReceivedWebhook.verified(
            NOW, "127.0.0.1", "Appid: x", "{}", 2, recordId, "success", merchantOrderId);
    ReceivedWebhook applied =
        ReceivedWebhook.verified(
            NOW.plusSeconds(1),
            "127.0.0.1",
            "Appid: x",
            "{}",
            2,
            unique("rec"),
            "success",
            merchantOrderId);
    withEntityManager(
        em -> {
          JpaWebhookLog log = new JpaWebhookLog(em);
          log.add(orphan);
          orphan.settle(Outcome.ORPHAN, "no such order", null);
          log.add(applied);
          applied.settle(Outcome.APPLIED, null, "co_x");
          return null;
        });

    ResultPage<ReceivedWebhook> orphans =
        withEntityManager(
            em ->
                new JpaWebhookLog(em)
                    .search(
                        new WebhookSearch(
                            Set.of(Outcome.ORPHAN, Outcome.REJECTED),
                            null,
                            null,
                            merchantOrderId,
                            0,
                            20)));
    ResultPage<ReceivedWebhook> byRecordId =
        withEntityManager(
            em ->
                new JpaWebhookLog(em).search(new WebhookSearch(null, null, null, recordId, 0, 20)));
    ResultPage<ReceivedWebhook> later =
        withEntityManager(
            em ->
                new JpaWebhookLog(em)
                    .search(
                        new WebhookSearch(null, NOW.plusSeconds(1), null, merchantOrderId, 0, 20)));
    var found = withEntityManager(em -> new JpaWebhookLog(em).find(orphan.id()));

    assertThat(orphans.items()).extracting(ReceivedWebhook::id).containsExactly(orphan.id());
    assertThat(byRecordId.items()).extracting(ReceivedWebhook::id).containsExactly(orphan.id());
    assertThat(later.items()).extracting(ReceivedWebhook::id).containsExactly(applied.id());
    assertThat(found).hasValueSatisfying(n -> assertThat(n.reason()).contains("no such order"));
  }
}
