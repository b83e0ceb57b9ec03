package dev.paydesk.rest.refund;

import dev.paydesk.application.refund.RefundRequest;
import dev.paydesk.domain.order.CheckoutId;
import dev.paydesk.domain.refund.FeeQuote;
import dev.paydesk.domain.refund.Refund;
import dev.paydesk.domain.refund.RefundDestination;
import dev.paydesk.rest.problem.Problem;
import dev.paydesk.rest.problem.ProblemException;
import dev.paydesk.rest.problem.ProblemType;
import java.math.BigDecimal;
import java.util.Locale;

/** A refund the shop asks for. */
public record CreateRefundRequest(
    BigDecimal amount, String reason, Destination destination, String feePaidBy) {

  /** An address on the payment's chain, or a Cwallet account. */
  public record Destination(String type, String address, String memo, String cwalletUser) {

    RefundDestination toDestination(String chain) {
      String kind = type == null ? "" : type.trim().toUpperCase(Locale.ROOT);
      return switch (kind) {
        case "ADDRESS" -> new RefundDestination.ChainAddress(chain, address, memo);
        case "CWALLET" -> new RefundDestination.Cwallet(cwalletUser);
        default -> throw invalid("destination.type", "ADDRESS or CWALLET");
      };
    }
  }

  RefundRequest toRequest(CheckoutId checkout, String chain, String idempotencyKey) {
    if (amount == null) {
      throw invalid("amount", "an amount in the checkout's crypto is required");
    }
    return new RefundRequest(
        checkout,
        amount,
        parse(Refund.Reason.class, reason, "reason"),
        destination == null ? null : destination.toDestination(chain),
        feePaidBy == null
            ? FeeQuote.Payer.MERCHANT
            : parse(FeeQuote.Payer.class, feePaidBy, "feePaidBy"),
        idempotencyKey);
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
    try {
      return Enum.valueOf(type, value == null ? "" : value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw invalid(
          field,
          "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }
  }

  static ProblemException invalid(String field, String message) {
    return new ProblemException(
        new Problem(
            ProblemType.INVALID_REQUEST.uri(),
            "The refund request is invalid",
            422,
            field + ": " + message,
            java.util.List.of(new Problem.FieldError(field, message)),
            null,
            null));
  }
}
