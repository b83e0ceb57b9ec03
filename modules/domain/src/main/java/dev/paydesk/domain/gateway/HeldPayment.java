package dev.paydesk.domain.gateway;

import dev.paydesk.domain.payment.ReportedAsset;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A payment the gateway received and flagged as risky (CCPayment v2's {@code isFlaggedAsRisky}):
 * confirmed on chain, credited to nobody until a person decides.
 *
 * @param arrivedAt when it arrived, if the gateway says
 */
public record HeldPayment(
    String recordId, String txid, BigDecimal amount, Instant arrivedAt, ReportedAsset asset) {}
