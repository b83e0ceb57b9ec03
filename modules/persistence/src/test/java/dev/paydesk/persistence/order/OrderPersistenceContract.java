package dev.paydesk.persistence.order;

import static dev.paydesk.domain.order.OrderBuilder.anOrder;
import static dev.paydesk.domain.order.OrderBuilder.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.domain.gateway.GatewayOrder;
import dev.paydesk.domain.order.CheckoutId;
import dev.paydesk.domain.order.DueCursor;
import dev.paydesk.domain.order.DuplicateOrderException;
import dev.paydesk.domain.order.Order;
import dev.paydesk.domain.order.OrderStatus;
import dev.paydesk.domain.order.TimelineEntry;
import dev.paydesk.domain.payment.EventSource;
import dev.paydesk.domain.payment.PaymentReport;
import dev.paydesk.domain.payment.PaymentStatus;
import dev.paydesk.domain.payment.UnderpaymentTolerance;
import dev.paydesk.domain.user.ConsoleRole;
import dev.paydesk.domain.webhook.ReceivedWebhook;
import dev.paydesk.persistence.user.JpaConsoleUserRepository;
import dev.paydesk.persistence.webhook.JpaWebhookLog;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The mapping and the migrations, checked against a real database by each subclass. */
abstract class OrderPersistenceContract extends PersistenceTestBase {

  static Order newOrder(String merchantOrderId, String key) {
    return anOrder().merchantOrderId(merchantOrderId).idempotencyKey(key).createdAt(NOW).creating();
  }

  static void assertViolates(Throwable e, String constraint) {
    StringBuilder messages = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      messages.append(t.getMessage()).append('\n');
    }
    assertThat(messages.toString().toLowerCase()).contains(constraint);
  }

  @Test
  void storesAndReadsBackAPayableOrderExactly() {
    Order order = newOrder(unique("A"), unique("key"));
    CheckoutId id = order.publicId();
    run(repo -> repo.add(order));
    run(
        repo ->
            repo.findByPublicId(id)
                .orElseThrow()
                .assignGatewayOrder(
                    new GatewayOrder(
                        "202611231015300000000000000000001",
                        new BigDecimal("49.900000123456789012"),
                        "USDT",
                        "TRC20",
                        "TQ1b6Lt4sJj4zc7i7Gd8kZ3Y3wYp5vCk2x",
                        null,
                        "https://logo/usdt.png",
                        Duration.ofHours(2)),
                    NOW.plusSeconds(1)));

    Order read = inTransaction(repo -> repo.findByPublicId(id).orElseThrow());

    assertThat(read.status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
    assertThat(read.terms().price()).isEqualTo(new BigDecimal("49.90"));
    assertThat(read.payInstructions().orElseThrow().cryptoAmount())
        .isEqualTo(new BigDecimal("49.900000123456789012"));
    assertThat(read.createdAt()).isEqualTo(NOW.truncatedTo(ChronoUnit.MICROS));
    assertThat(read.expiresAt()).contains(NOW.plusSeconds(1).plus(Duration.ofHours(2)));
    assertThat(read.payInstructions().orElseThrow().payAddress())
        .isEqualTo("TQ1b6Lt4sJj4zc7i7Gd8kZ3Y3wYp5vCk2x");
    assertThat(read.terms().remark()).contains("two mugs");
    assertThat(read.terms().validPeriod()).isEqualTo(Duration.ofHours(2));
    assertThat(read.version()).as("optimistic lock bumped by the update").isEqualTo(2);
    Optional<Order> byKey =
        inTransaction(repo -> repo.findByIdempotencyKey(order.idempotencyKey()));
    Optional<Order> byMerchantOrderId =
        inTransaction(repo -> repo.findByMerchantOrderId(order.merchantOrderId()));
    assertThat(byKey).isPresent();
    assertThat(byMerchantOrderId).isPresent();
  }

  @Test
  void aMerchantOrderIdHasOneOrder() {
    String merchantOrderId = unique("B");
    run(repo -> repo.add(newOrder(merchantOrderId, unique("key"))));
    assertThatThrownBy(() -> run(repo -> repo.add(newOrder(merchantOrderId, unique("key")))))
        .isInstanceOf(DuplicateOrderException.class)
        .satisfies(e -> assertViolates(e, "uq_payment_order_merchant_order_id"));
  }

  @Test
  void anIdempotencyKeyHasOneOrder() {
    String key = unique("key");
    run(repo -> repo.add(newOrder(unique("C"), key)));
    assertThatThrownBy(() -> run(repo -> repo.add(newOrder(unique("C"), key))))
        .isInstanceOf(DuplicateOrderException.class)
        .satisfies(e -> assertViolates(e, "uq_payment_order_idempotency_key"));
  }

  @Test
  void theDatabaseRefusesAPayableOrderWithoutAnAddress() throws Exception {
    Order order = newOrder(unique("D"), unique("key"));
    run(repo -> repo.add(order));
    try (Connection c = dataSource().getConnection();
        Statement s = c.createStatement()) {
      assertThatThrownBy(
              () ->
                  s.executeUpdate(
                      "UPDATE payment_order SET status = 'AWAITING_PAYMENT' WHERE public_id = '"
                          + order.publicId()
                          + "'"))
          .satisfies(e -> assertViolates(e, "ck_payment_order_payable_has_address"));
    }
    Order read = inTransaction(repo -> repo.findByPublicId(order.publicId()).orElseThrow());
    assertThat(read.status()).isEqualTo(OrderStatus.CREATING);
    assertThat(read.payInstructions())
        .as("no pay instructions until the gateway made it")
        .isEmpty();
  }

  static GatewayOrder assigned(Duration valid) {
    return new GatewayOrder(
        "g-" + UUID.randomUUID(),
        new BigDecimal("10.000000"),
        "USDT",
        "TRC20",
        "T1",
        null,
        null,
        valid);
  }

  /** A confirmed webhook payment of 4.5, less than the order asks. */
  static PaymentReport partOf(CheckoutId id) {
    return new PaymentReport(
        "rec-" + id,
        "0x" + id,
        PaymentStatus.SUCCESS,
        new BigDecimal("4.5"),
        NOW,
        EventSource.WEBHOOK);
  }

  @Test
  void keepsPaymentsAndTimelineAndLocksForUpdate() {
    Order order = newOrder(unique("P"), unique("key"));
    CheckoutId id = order.publicId();
    run(repo -> repo.add(order));
    run(repo -> repo.lock(id).orElseThrow().assignGatewayOrder(assigned(Duration.ofHours(1)), NOW));
    run(
        repo ->
            repo.lockByGatewayMerchantOrderId(order.attempt().gatewayMerchantOrderId())
                .orElseThrow()
                .applyPayment(partOf(id), UnderpaymentTolerance.NONE, NOW, null));
    run(
        repo ->
            repo.lock(id)
                .orElseThrow()
                .applyPayment(
                    new PaymentReport(
                        null,
                        "0x" + id,
                        PaymentStatus.SUCCESS,
                        new BigDecimal("4.5"),
                        NOW,
                        EventSource.RECONCILIATION),
                    UnderpaymentTolerance.NONE,
                    NOW,
                    null));

    Order read = inTransaction(repo -> repo.findByPublicId(id).orElseThrow());
    List<TimelineEntry> timeline = inTransaction(repo -> repo.timelineOf(id));
    assertThat(read.status()).isEqualTo(OrderStatus.UNDERPAID);
    assertThat(read.payments())
        .singleElement()
        .satisfies(p -> assertThat(p.recordId()).contains("rec-" + id));
    assertThat(read.amountPaid()).isEqualByComparingTo("4.5");
    assertThat(timeline)
        .extracting(e -> e.kind().name())
        .containsExactly("CREATED", "ADDRESS_ASSIGNED", "PAYMENT_CONFIRMED", "STATUS_CHANGED");
  }

  @Test
  void aReadForDisplayHasItsPaymentsAndSavesNothing() {
    Order order = newOrder(unique("V"), unique("key"));
    CheckoutId id = order.publicId();
    run(repo -> repo.add(order));
    run(repo -> repo.lock(id).orElseThrow().assignGatewayOrder(assigned(Duration.ofHours(1)), NOW));
    run(
        repo ->
            repo.lock(id)
                .orElseThrow()
                .applyPayment(partOf(id), UnderpaymentTolerance.NONE, NOW, null));

    OrderStatus shownThenChanged =
        inTransaction(
            repo -> {
              Order shown = repo.read(id).orElseThrow();
              assertThat(shown.payments()).singleElement();
              assertThat(shown.amountPaid()).isEqualByComparingTo("4.5");
              assertThat(
                      shown.expire(NOW.plus(Duration.ofHours(2)), Duration.ZERO, EventSource.TIMER))
                  .isTrue();
              return shown.status();
            });

    assertThat(shownThenChanged).isEqualTo(OrderStatus.EXPIRED_UNDERPAID);
    assertThat(inTransaction(repo -> repo.findByPublicId(id).orElseThrow()).status())
        .as("the change to a read for display is not saved")
        .isEqualTo(OrderStatus.UNDERPAID);
    List<TimelineEntry> timeline = inTransaction(repo -> repo.timelineOf(id));
    assertThat(timeline).extracting(e -> e.kind().name()).doesNotContain("EXPIRED");
  }

  @Test
  void aPendingRecordLaterFoundByTxidIsStoredAsOnePayment() {
    Order order = newOrder(unique("M"), unique("key"));
    CheckoutId id = order.publicId();
    String txid = "0x" + id;
    run(repo -> repo.add(order));
    run(repo -> repo.lock(id).orElseThrow().assignGatewayOrder(assigned(Duration.ofHours(1)), NOW));
    List<PaymentReport> reports =
        List.of(
            new PaymentReport(
                "rec-" + id, null, PaymentStatus.PENDING, null, NOW, EventSource.WEBHOOK),
            new PaymentReport(
                null, txid, PaymentStatus.SUCCESS, BigDecimal.TEN, NOW, EventSource.RECONCILIATION),
            new PaymentReport(
                "rec-" + id,
                txid,
                PaymentStatus.SUCCESS,
                BigDecimal.TEN,
                NOW,
                EventSource.WEBHOOK));
    for (PaymentReport report : reports) {
      run(
          repo ->
              repo.lock(id)
                  .orElseThrow()
                  .applyPayment(report, UnderpaymentTolerance.NONE, NOW, null));
    }
    Order read = inTransaction(repo -> repo.findByPublicId(id).orElseThrow());
    assertThat(read.payments()).singleElement().satisfies(p -> assertThat(p.txid()).contains(txid));
    assertThat(read.amountPaid()).isEqualByComparingTo("10");
    assertThat(read.status()).isEqualTo(OrderStatus.PAID);
  }

  @Test
  void findsOrdersDueForExpiryByTheirExpiry() {
    Order order = newOrder(unique("E"), unique("key"));
    run(repo -> repo.add(order));
    run(
        repo ->
            repo.lock(order.publicId())
                .orElseThrow()
                .assignGatewayOrder(assigned(Duration.ofSeconds(90)), NOW));
    List<CheckoutId> due =
        inTransaction(
            repo ->
                repo.findDue(NOW.plusSeconds(91), Optional.empty(), 1000).stream()
                    .map(Order::publicId)
                    .toList());
    List<CheckoutId> notYet =
        inTransaction(
            repo ->
                repo.findDue(NOW.plusSeconds(89), Optional.empty(), 1000).stream()
                    .map(Order::publicId)
                    .toList());
    assertThat(due).contains(order.publicId());
    assertThat(notYet).doesNotContain(order.publicId());
  }

  @Test
  void duePagesFollowOneAnotherWithoutSkippingOrRepeatingOrdersThatExpireTogether() {
    // ten years back, so no other test's order is due this early
    Instant at = NOW.minus(Duration.ofDays(3650));
    List<CheckoutId> expected = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Order order = newOrder(unique("K"), unique("key"));
      run(repo -> repo.add(order));
      Instant assignedAt = i < 3 ? at : at.plusSeconds(1);
      run(
          repo ->
              repo.lock(order.publicId())
                  .orElseThrow()
                  .assignGatewayOrder(assigned(Duration.ofSeconds(90)), assignedAt));
      expected.add(order.publicId());
    }
    List<CheckoutId> paged = new ArrayList<>();
    Optional<DueCursor> after = Optional.empty();
    for (int page = 0; page < 10; page++) {
      Optional<DueCursor> from = after;
      List<Order> due = inTransaction(repo -> repo.findDue(at.plusSeconds(91), from, 2));
      if (due.isEmpty()) {
        break;
      }
      due.forEach(o -> paged.add(o.publicId()));
      after = Optional.of(DueCursor.after(due.get(due.size() - 1)));
    }
    assertThat(paged).as("pages of two across a tie of three").containsExactlyElementsOf(expected);
  }

  @Test
  void aPageIsLockedOnceAndOnlyItsTrackedOrdersAreWrittenAtCommit() {
    Order tracked = newOrder(unique("B"), unique("key"));
    Order untracked = newOrder(unique("B"), unique("key"));
    for (Order order : List.of(tracked, untracked)) {
      run(repo -> repo.add(order));
      run(
          repo ->
              repo.lock(order.publicId())
                  .orElseThrow()
                  .assignGatewayOrder(assigned(Duration.ofSeconds(90)), NOW));
    }
    Instant later = NOW.plusSeconds(120);

    run(
        repo -> {
          List<Order> locked =
              repo.lockPage(
                  List.of(untracked.publicId(), tracked.publicId()),
                  java.util.Set.of(tracked.publicId()));
          assertThat(locked).extracting(Order::publicId).hasSize(2);
          locked.forEach(o -> o.expire(later, Duration.ZERO, EventSource.TIMER));
        });

    assertThat(
            inTransaction(repo -> repo.findByPublicId(tracked.publicId())).orElseThrow().status())
        .isEqualTo(OrderStatus.EXPIRED);
    List<TimelineEntry> trackedTimeline =
        inTransaction(repo -> repo.timelineOf(tracked.publicId()));
    assertThat(trackedTimeline).extracting(e -> e.kind().name()).endsWith("EXPIRED");
    assertThat(
            inTransaction(repo -> repo.findByPublicId(untracked.publicId())).orElseThrow().status())
        .as("not stored by storeExpiries, so not written")
        .isEqualTo(OrderStatus.AWAITING_PAYMENT);
  }

  @Test
  void ordersExpiredInBulkAreStoredWithTheirTimelineAndNothingElseIsWritten() {
    Order unpaid = newOrder(unique("B"), unique("key"));
    Order partly = newOrder(unique("B"), unique("key"));
    Order notDue = newOrder(unique("B"), unique("key"));
    for (Order order : List.of(unpaid, partly, notDue)) {
      run(repo -> repo.add(order));
    }
    for (Order order : List.of(unpaid, partly)) {
      run(
          repo ->
              repo.lock(order.publicId())
                  .orElseThrow()
                  .assignGatewayOrder(assigned(Duration.ofSeconds(90)), NOW));
    }
    run(
        repo ->
            repo.lock(notDue.publicId())
                .orElseThrow()
                .assignGatewayOrder(assigned(Duration.ofHours(1)), NOW));
    run(
        repo ->
            repo.lock(partly.publicId())
                .orElseThrow()
                .applyPayment(partOf(partly.publicId()), UnderpaymentTolerance.NONE, NOW, null));
    long partlyVersion =
        inTransaction(repo -> repo.findByPublicId(partly.publicId()).orElseThrow()).version();
    Instant later = NOW.plusSeconds(120);

    List<CheckoutId> expired =
        inTransaction(
            repo -> {
              List<Order> locked =
                  repo.lockPage(
                      List.of(unpaid.publicId(), partly.publicId(), notDue.publicId()),
                      java.util.Set.of());
              assertThat(locked).hasSize(3);
              List<Order> ended =
                  locked.stream()
                      .filter(o -> o.expire(later, Duration.ZERO, EventSource.TIMER))
                      .toList();
              // a change that is not stored is not written: the persistence context let go of them
              locked.stream()
                  .filter(o -> !ended.contains(o))
                  .forEach(o -> o.addNote("x", "y", later));
              repo.storeExpiries(ended);
              return ended.stream().map(Order::publicId).toList();
            });

    assertThat(expired).containsExactlyInAnyOrder(unpaid.publicId(), partly.publicId());
    Order readUnpaid = inTransaction(repo -> repo.findByPublicId(unpaid.publicId()).orElseThrow());
    Order readPartly = inTransaction(repo -> repo.findByPublicId(partly.publicId()).orElseThrow());
    Order readNotDue = inTransaction(repo -> repo.findByPublicId(notDue.publicId()).orElseThrow());
    assertThat(readUnpaid.status()).isEqualTo(OrderStatus.EXPIRED);
    assertThat(readUnpaid.expiredAt()).contains(later);
    assertThat(readUnpaid.updatedAt()).isEqualTo(later);
    assertThat(readPartly.status()).isEqualTo(OrderStatus.EXPIRED_UNDERPAID);
    assertThat(readPartly.version()).isEqualTo(partlyVersion + 1);
    assertThat(readPartly.payments()).singleElement();
    assertThat(readNotDue.status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
    List<TimelineEntry> notDueTimeline = inTransaction(repo -> repo.timelineOf(notDue.publicId()));
    assertThat(notDueTimeline)
        .extracting(e -> e.kind().name())
        .containsExactly("CREATED", "ADDRESS_ASSIGNED");
    List<TimelineEntry> timeline = inTransaction(repo -> repo.timelineOf(partly.publicId()));
    TimelineEntry last = timeline.get(timeline.size() - 1);
    assertThat(last.kind().name()).isEqualTo("EXPIRED");
    assertThat(last.entryNo()).isEqualTo(timeline.size()).isEqualTo(readPartly.timelineLength());
    assertThat(last.source()).isEqualTo(EventSource.TIMER);
    assertThat(last.fromStatus()).contains(OrderStatus.UNDERPAID);
    assertThat(last.toStatus()).contains(OrderStatus.EXPIRED_UNDERPAID);
    assertThat(last.occurredAt()).isEqualTo(later);

    // an order changed since it was read is not overwritten: its version is checked
    Order stale =
        inTransaction(repo -> repo.lockPage(List.of(notDue.publicId()), java.util.Set.of()).get(0));
    run(repo -> repo.lock(notDue.publicId()).orElseThrow().addNote("merchant", "call", later));
    assertThat(stale.expire(NOW.plus(Duration.ofHours(2)), Duration.ZERO, EventSource.TIMER))
        .isTrue();
    assertThatThrownBy(() -> run(repo -> repo.storeExpiries(List.of(stale))))
        .isInstanceOf(jakarta.persistence.OptimisticLockException.class);
    assertThat(inTransaction(repo -> repo.findByPublicId(notDue.publicId()).orElseThrow()).status())
        .isEqualTo(OrderStatus.AWAITING_PAYMENT);
    List<TimelineEntry> noted = inTransaction(repo -> repo.timelineOf(notDue.publicId()));
    assertThat(noted)
        .extracting(e -> e.kind().name())
        .containsExactly("CREATED", "ADDRESS_ASSIGNED", "NOTE");
  }

  @Test
  void aWebhookRepeatingAStoredPaymentToTheLetterIsLoggedAsADuplicateAndNothingElse() {
    Order order = newOrder(unique("R"), unique("key"));
    CheckoutId id = order.publicId();
    String recordId = "rec-" + id;
    PaymentReport paid =
        new PaymentReport(
            recordId,
            "0x" + id,
            PaymentStatus.SUCCESS,
            new BigDecimal("4.5"),
            NOW,
            EventSource.WEBHOOK);
    run(repo -> repo.add(order));
    run(repo -> repo.lock(id).orElseThrow().assignGatewayOrder(assigned(Duration.ofHours(1)), NOW));
    String gatewayOrderId =
        inTransaction(repo -> repo.findByPublicId(id).orElseThrow())
            .attempt()
            .gatewayOrderId()
            .orElseThrow();
    String merchant = order.attempt().gatewayMerchantOrderId();
    java.util.function.BiFunction<PaymentReport, String, Boolean> repeat =
        (report, orderId) ->
            withEntityManager(
                em ->
                    new JpaWebhookLog(em)
                        .addIfRepeat(
                            ReceivedWebhook.verified(
                                NOW,
                                "127.0.0.1",
                                "Appid: x",
                                "{\"again\":true}",
                                15,
                                recordId,
                                report.status().name().toLowerCase(),
                                merchant),
                            report,
                            orderId));

    assertThat(repeat.apply(paid, gatewayOrderId)).as("no payment stored yet").isFalse();
    run(
        repo ->
            repo.lock(id).orElseThrow().applyPayment(paid, UnderpaymentTolerance.NONE, NOW, null));

    assertThat(repeat.apply(paid, gatewayOrderId)).isTrue();
    assertThat(repeat.apply(paid, null)).as("without the gateway order id").isTrue();
    assertThat(repeat.apply(paid, "another-ccpayment-order")).as("foreign order id").isFalse();
    PaymentReport processing =
        new PaymentReport(
            recordId, "0x" + id, PaymentStatus.PROCESSING, null, NOW, EventSource.WEBHOOK);
    assertThat(repeat.apply(processing, gatewayOrderId)).as("another status").isFalse();
    PaymentReport otherTx =
        new PaymentReport(
            recordId,
            "0xother",
            PaymentStatus.SUCCESS,
            new BigDecimal("4.5"),
            NOW,
            EventSource.WEBHOOK);
    assertThat(repeat.apply(otherTx, gatewayOrderId)).as("another txid").isFalse();

    List<ReceivedWebhook> logged =
        withEntityManager(em -> new JpaWebhookLog(em).findByRecordId(recordId));
    // the same body a second time is only counted on the row the first one made
    assertThat(logged)
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.outcome()).isEqualTo(ReceivedWebhook.Outcome.DUPLICATE);
              assertThat(n.orderPublicId()).contains(id.value());
              assertThat(n.body()).isEqualTo("{\"again\":true}");
              assertThat(n.receivedAt()).isEqualTo(NOW);
              assertThat(n.repeats()).isEqualTo(1);
              assertThat(n.lastRepeatedAt()).contains(NOW);
            });
    Order read = inTransaction(repo -> repo.findByPublicId(id).orElseThrow());
    assertThat(read.payments()).singleElement();
    assertThat(read.amountPaid()).isEqualByComparingTo("4.5");
  }

  @Test
  void anAcceptedWebhookIsKeptWholeWithItsOutcome() {
    String recordId = unique("rec");
    String largestBody =
        "{\"record_id\":\"" + recordId + "\",\"pad\":\"" + "é".repeat(30_000) + "\"}";
    withEntityManager(
        em -> {
          ReceivedWebhook accepted =
              ReceivedWebhook.verified(
                  NOW, "127.0.0.1", "Appid: x", largestBody, 60_030, recordId, "success", "A-1");
          new JpaWebhookLog(em).add(accepted);
          accepted.settle(ReceivedWebhook.Outcome.DUPLICATE, null, "co_x");
          return null;
        });

    List<ReceivedWebhook> logged =
        withEntityManager(em -> new JpaWebhookLog(em).findByRecordId(recordId));

    assertThat(logged)
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.outcome()).isEqualTo(ReceivedWebhook.Outcome.DUPLICATE);
              assertThat(n.orderPublicId()).contains("co_x");
              assertThat(n.body()).isEqualTo(largestBody);
              assertThat(n.clientAddress()).contains("127.0.0.1");
            });
  }

  @Test
  void theWebhookLogIsPrunedOfOldWebhooksThatChangedNothingInBatches() {
    String run = unique("prune");
    Instant old = NOW.minus(java.time.Duration.ofDays(400));
    Instant cutoff = NOW.minus(java.time.Duration.ofDays(300));
    List<Long> kept =
        withEntityManager(
            em -> {
              JpaWebhookLog log = new JpaWebhookLog(em);
              List<Long> stays = new ArrayList<>();
              for (ReceivedWebhook.Outcome outcome : ReceivedWebhook.Outcome.values()) {
                for (int i = 0; i < 3; i++) {
                  ReceivedWebhook n =
                      ReceivedWebhook.verified(
                          old, "127.0.0.1", "", "{}", 2, run, "success", "A-1");
                  log.add(n);
                  n.settle(outcome, run, null);
                  if (outcome == ReceivedWebhook.Outcome.APPLIED
                      || outcome == ReceivedWebhook.Outcome.ORPHAN) {
                    stays.add(n.id());
                  }
                }
              }
              ReceivedWebhook recent =
                  ReceivedWebhook.verified(NOW, "127.0.0.1", "", "{}", 2, run, "success", "A");
              log.add(recent);
              recent.settle(ReceivedWebhook.Outcome.DUPLICATE, run, null);
              stays.add(recent.id());
              return stays;
            });
    java.util.Set<ReceivedWebhook.Outcome> pruned =
        java.util.EnumSet.of(
            ReceivedWebhook.Outcome.DUPLICATE,
            ReceivedWebhook.Outcome.IGNORED,
            ReceivedWebhook.Outcome.REJECTED);

    int first = withEntityManager(em -> new JpaWebhookLog(em).purge(cutoff, pruned, 5));
    int second = withEntityManager(em -> new JpaWebhookLog(em).purge(cutoff, pruned, 5));
    int third = withEntityManager(em -> new JpaWebhookLog(em).purge(cutoff, pruned, 5));

    assertThat(List.of(first, second, third)).containsExactly(5, 4, 0);
    List<Long> remaining =
        withEntityManager(
            em ->
                em.createQuery(
                        "SELECT n.id FROM ReceivedWebhook n WHERE n.reason = :r ORDER BY n.id",
                        Long.class)
                    .setParameter("r", run)
                    .getResultList());
    assertThat(remaining).containsExactlyElementsOf(kept);
  }

  @Test
  void aRejectedWebhookKeepsAnExcerptItsSizeAndWhereItCameFrom() {
    String reason = unique("Sign does not match");
    String garbage = "\u0000\u0001" + "x".repeat(60_000);
    withEntityManager(
        em -> {
          new JpaWebhookLog(em)
              .add(
                  ReceivedWebhook.rejected(
                      NOW, "203.0.113.9", "Appid: x\nSign: (present)", garbage, 60_002, reason));
          return null;
        });

    List<ReceivedWebhook> rejected =
        withEntityManager(
            em ->
                em.createQuery(
                        "SELECT n FROM ReceivedWebhook n WHERE n.reason = :r",
                        ReceivedWebhook.class)
                    .setParameter("r", reason)
                    .getResultList());

    assertThat(rejected)
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.outcome()).isEqualTo(ReceivedWebhook.Outcome.REJECTED);
              assertThat(n.body())
                  .hasSize(ReceivedWebhook.REJECTED_EXCERPT_CHARS)
                  .startsWith("\uFFFD\uFFFDxxx");
              assertThat(n.bodyBytes()).contains(60_002);
              assertThat(n.clientAddress()).contains("203.0.113.9");
            });
  }

  @Test
  void storesAConsoleUserWithItsFailuresAndGrantAndRefusesATakenName() {
    String name = unique("anna").toLowerCase();
    withEntityManager(
        em -> {
          var user =
              dev.paydesk.domain.user.ConsoleUser.create(
                  name, "PBKDF2WithHmacSHA256:600000:salt:hash", ConsoleRole.OPERATOR, NOW);
          for (int i = 0; i < 5; i++) {
            user.signInFailed();
          }
          new JpaConsoleUserRepository(em).add(user);
          return null;
        });

    var read =
        withEntityManager(em -> new JpaConsoleUserRepository(em).findByUsername(name))
            .orElseThrow();

    assertThat(read.role()).isEqualTo(ConsoleRole.OPERATOR);
    assertThat(read.passwordHash()).isEqualTo("PBKDF2WithHmacSHA256:600000:salt:hash");
    assertThat(read.failedLogins()).as("the failures were stored").isEqualTo(5);
    assertThat(read.enabled()).as("and never lock it").isTrue();
    assertThat(read.grantStamp())
        .as("a session's grant reads the same from the database")
        .isEqualTo(
            dev.paydesk.domain.user.ConsoleUser.create(
                    name, "PBKDF2WithHmacSHA256:600000:salt:hash", ConsoleRole.OPERATOR, NOW)
                .grantStamp());
    assertThatThrownBy(
            () ->
                withEntityManager(
                    em -> {
                      new JpaConsoleUserRepository(em)
                          .add(
                              dev.paydesk.domain.user.ConsoleUser.create(
                                  name, "h", ConsoleRole.VIEWER, NOW));
                      return null;
                    }))
        .satisfies(e -> assertViolates(e, "uq_console_user_username"));
  }

  @Test
  void keepsTwoFactorStateSessionsKeysAndConsoleSettings() {
    String name = unique("tina").toLowerCase();
    withEntityManager(
        em -> {
          var user = dev.paydesk.domain.user.ConsoleUser.create(name, "h", ConsoleRole.ADMIN, NOW);
          user.enableTwoFactor("JBSWY3DPEHPK3PXP", List.of("d1", "d2"), NOW, 59_000_000L);
          new JpaConsoleUserRepository(em).add(user);
          new dev.paydesk.persistence.user.JpaConsoleSessionRepository(em)
              .add(
                  new dev.paydesk.domain.user.ConsoleSession(
                      "s-" + name, name, "203.0.113.9", "Firefox", NOW));
          new dev.paydesk.persistence.access.JpaShopApiKeyRepository(em)
              .add(
                  dev.paydesk.domain.access.ShopApiKey.create(
                      "web " + name, "0".repeat(56) + name.substring(0, 8), "abcd", NOW, "admin"));
          new dev.paydesk.persistence.settings.JpaSettingStore(em)
              .put("paydesk.pay.store-name", "Shop " + name, "Shop " + name, NOW, "admin");
          return null;
        });

    withEntityManager(
        em -> {
          var user = new JpaConsoleUserRepository(em).findByUsername(name).orElseThrow();
          assertThat(user.totpSecret()).contains("JBSWY3DPEHPK3PXP");
          assertThat(user.takeStep(59_000_000L)).as("the last step used is kept").isFalse();
          assertThat(user.useRecoveryCode("d2")).isTrue();
          var sessions = new dev.paydesk.persistence.user.JpaConsoleSessionRepository(em);
          assertThat(sessions.activeOf(name)).hasSize(1);
          sessions.find("s-" + name).orElseThrow().end(NOW, name);
          var keys = new dev.paydesk.persistence.access.JpaShopApiKeyRepository(em);
          var key =
              keys.all().stream()
                  .filter(k -> k.name().equals("web " + name))
                  .findFirst()
                  .orElseThrow();
          assertThat(keys.active()).contains(key);
          key.revoke(NOW, "admin");
          return null;
        });

    withEntityManager(
        em -> {
          var user = new JpaConsoleUserRepository(em).findByUsername(name).orElseThrow();
          assertThat(user.recoveryCodesLeft()).as("a used recovery code stays used").isEqualTo(1);
          assertThat(
                  new dev.paydesk.persistence.user.JpaConsoleSessionRepository(em).activeOf(name))
              .isEmpty();
          var sessions = new dev.paydesk.persistence.user.JpaConsoleSessionRepository(em);
          assertThat(sessions.removeSeenBefore(NOW)).as("seen at NOW: kept").isZero();
          assertThat(sessions.removeSeenBefore(NOW.plusSeconds(1))).isEqualTo(1);
          assertThat(sessions.find("s-" + name)).isEmpty();
          assertThat(new dev.paydesk.persistence.access.JpaShopApiKeyRepository(em).active())
              .noneMatch(k -> k.name().equals("web " + name));
          var store = new dev.paydesk.persistence.settings.JpaSettingStore(em);
          assertThat(store.all()).containsEntry("paydesk.pay.store-name", "Shop " + name);
          store.remove("paydesk.pay.store-name", "(file)", NOW.plusSeconds(1), "admin");
          assertThat(store.all()).doesNotContainKey("paydesk.pay.store-name");
          assertThat(store.changes(2))
              .extracting(dev.paydesk.application.settings.SettingStore.SettingChange::shownValue)
              .containsExactly("(file)", "Shop " + name);
          return null;
        });
  }

  @Test
  void keepsARefundWithItsDestinationFeeAndStateAndFindsTheOnesInFlight() {
    String id = unique("rf");
    String checkout = unique("co");
    withEntityManager(
        em -> {
          var refund =
              dev.paydesk.domain.refund.Refund.ask(
                  id,
                  checkout,
                  "USDT",
                  "XRP",
                  new BigDecimal("12.345678"),
                  dev.paydesk.domain.refund.Refund.Reason.OVERPAYMENT,
                  "olga",
                  NOW,
                  false,
                  new dev.paydesk.domain.refund.RefundDestination.ChainAddress(
                      "XRP", "rNHFHu7cdy1fi2YcyznWChBqM8MwRVsdA2", "928712103"));
          refund.feeQuoted(
              new dev.paydesk.domain.refund.FeeQuote("USDT", new BigDecimal("0.25"), "q-1"),
              dev.paydesk.domain.refund.FeeQuote.Payer.BUYER);
          refund.sending();
          refund.keyedBy("shop-key-1");
          new dev.paydesk.persistence.refund.JpaRefundRepository(em).add(refund);
          return null;
        });

    withEntityManager(
        em -> {
          var refunds = new dev.paydesk.persistence.refund.JpaRefundRepository(em);
          var read = refunds.ofCheckout(checkout).get(0);
          assertThat(read.amount()).isEqualByComparingTo("12.345678");
          assertThat(read.amountToSend()).isEqualByComparingTo("12.095678");
          assertThat(read.destination())
              .contains(
                  new dev.paydesk.domain.refund.RefundDestination.ChainAddress(
                      "XRP", "rNHFHu7cdy1fi2YcyznWChBqM8MwRVsdA2", "928712103"));
          assertThat(read.fee()).map(f -> f.quoteId()).contains("q-1");
          assertThat(read.withdrawalOrderId()).isEqualTo("rf-" + id + "-1");
          assertThat(refunds.inFlight(1000)).extracting(r -> r.id()).contains(id);
          assertThat(refunds.open(1000)).extracting(r -> r.id()).contains(id);
          assertThat(refunds.checkoutOf(id)).contains(checkout);
          assertThat(refunds.checkoutOf("no-such-refund")).isEmpty();
          assertThat(read.idempotencyKey()).contains("shop-key-1");
          read.accepted("rec-1");
          read.succeeded("rec-1", "tx-1");
          return null;
        });

    withEntityManager(
        em -> {
          var refunds = new dev.paydesk.persistence.refund.JpaRefundRepository(em);
          assertThat(refunds.find(id).orElseThrow().status())
              .isEqualTo(dev.paydesk.domain.refund.RefundStatus.SUCCEEDED);
          assertThat(refunds.inFlight(1000)).extracting(r -> r.id()).doesNotContain(id);
          assertThat(refunds.open(1000)).extracting(r -> r.id()).doesNotContain(id);
          assertThat(refunds.ended(1000)).extracting(r -> r.id()).contains(id);
          return null;
        });
  }

  @Test
  void theProductionSchemaHoldsNoSandboxTables() throws Exception {
    try (Connection c = dataSource().getConnection();
        Statement s = c.createStatement();
        var tables =
            s.executeQuery(
                "SELECT COUNT(*) FROM information_schema.tables"
                    + " WHERE LOWER(table_name) LIKE 'sandbox%'")) {
      tables.next();
      assertThat(tables.getInt(1)).isZero();
    }
  }

  @Test
  void unknownIdsAreEmpty() {
    Optional<Order> none = inTransaction(repo -> repo.findByPublicId(CheckoutId.random()));
    assertThat(none).isEmpty();
  }
}
