package dev.paydesk.ccpayment.v2;

import dev.paydesk.ccpayment.client.CcPaymentHttp;
import dev.paydesk.ccpayment.v2.wire.AddressValidityData;
import dev.paydesk.ccpayment.v2.wire.AddressValidityRequest;
import dev.paydesk.ccpayment.v2.wire.WithdrawData;
import dev.paydesk.ccpayment.v2.wire.WithdrawFeeData;
import dev.paydesk.ccpayment.v2.wire.WithdrawFeeRequest;
import dev.paydesk.ccpayment.v2.wire.WithdrawRecordData;
import dev.paydesk.ccpayment.v2.wire.WithdrawRecordRequest;
import dev.paydesk.ccpayment.v2.wire.WithdrawToCwalletRequest;
import dev.paydesk.ccpayment.v2.wire.WithdrawToNetworkRequest;
import dev.paydesk.domain.gateway.GatewayRejectedException;
import dev.paydesk.domain.gateway.GatewayUnavailableException;
import dev.paydesk.domain.gateway.GatewayUnavailableException.Reason;
import dev.paydesk.domain.refund.FeeQuote;
import dev.paydesk.domain.refund.RefundDestination;
import dev.paydesk.domain.refund.WithdrawalGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * Refunds go out through CCPayment v2's withdrawals, whichever API version took the payment: the
 * merchant's balance is one account, CCPayment calls v1 deprecated, and v2 reads a withdrawal back
 * by the merchant's own {@code orderId} ({@code getAppWithdrawRecord}), which is how a lost answer
 * is settled without a second withdrawal (v2 refuses a second one under the same id).
 */
@ApplicationScoped
public class CcPaymentV2Withdrawals implements WithdrawalGateway {

  /** v2's answer for a record it does not have ({@code NotFound}). */
  static final int NOT_FOUND = 11003;

  private CcPaymentV2Client client;
  private CcPaymentV2Gateway gateway;

  protected CcPaymentV2Withdrawals() {
    // for CDI proxies
  }

  @Inject
  public CcPaymentV2Withdrawals(CcPaymentV2Client client, CcPaymentV2Gateway gateway) {
    this.client = client;
    this.gateway = gateway;
  }

  @Override
  public FeeQuote fee(String coinSymbol, String chain) {
    WithdrawFeeRequest body = new WithdrawFeeRequest(gateway.coinId(coinSymbol, chain), chain);
    WithdrawFeeData data =
        CcPaymentHttp.guarded(
            () -> client.query(V2Route.WITHDRAW_FEE, body, WithdrawFeeData.class));
    if (data == null
        || data.fee() == null
        || CcPaymentV2Gateway.blank(data.fee().amount())
        || CcPaymentV2Gateway.blank(data.fee().coinSymbol())) {
      throw new GatewayUnavailableException(
          Reason.BAD_ANSWER, "CCPayment v2's getWithdrawFee answered no fee");
    }
    return new FeeQuote(
        data.fee().coinSymbol().trim(),
        decimal(data.fee().amount(), "getWithdrawFee amount"),
        CcPaymentV2Gateway.blank(data.networkFeeInquiryID())
            ? null
            : data.networkFeeInquiryID().trim());
  }

  @Override
  public boolean addressValid(String chain, String address) {
    AddressValidityRequest body = new AddressValidityRequest(chain, address);
    AddressValidityData data =
        CcPaymentHttp.guarded(
            () -> client.query(V2Route.ADDRESS_VALIDITY, body, AddressValidityData.class));
    return data != null && Boolean.TRUE.equals(data.addrIsValid());
  }

  @Override
  public String withdraw(Withdrawal w) {
    WithdrawData data;
    if (w.to() instanceof RefundDestination.Cwallet cwallet) {
      WithdrawToCwalletRequest body =
          new WithdrawToCwalletRequest(
              w.orderId(), gateway.coinId(w.coinSymbol()), cwallet.user(), plain(w.amount()));
      data =
          CcPaymentHttp.guarded(
              () -> client.create(V2Route.WITHDRAW_TO_CWALLET, body, WithdrawData.class));
    } else {
      RefundDestination.ChainAddress to = (RefundDestination.ChainAddress) w.to();
      WithdrawToNetworkRequest body =
          new WithdrawToNetworkRequest(
              w.orderId(),
              gateway.coinId(w.coinSymbol(), w.chain()),
              w.chain(),
              to.address(),
              to.memo(),
              plain(w.amount()),
              w.merchantPaysFee(),
              w.feeQuoteId());
      data =
          CcPaymentHttp.guarded(
              () -> client.create(V2Route.WITHDRAW_TO_NETWORK, body, WithdrawData.class));
    }
    if (data == null || CcPaymentV2Gateway.blank(data.recordId())) {
      throw new GatewayUnavailableException(
          Reason.BAD_ANSWER, "CCPayment v2 took the withdrawal and answered no record id");
    }
    return data.recordId().trim();
  }

  @Override
  public Optional<WithdrawalRecord> record(String orderId) {
    WithdrawRecordRequest body = new WithdrawRecordRequest(null, orderId);
    WithdrawRecordData data;
    try {
      data =
          CcPaymentHttp.guarded(
              () -> client.query(V2Route.WITHDRAW_RECORD, body, WithdrawRecordData.class));
    } catch (GatewayRejectedException e) {
      if (e.code() == NOT_FOUND) {
        return Optional.empty();
      }
      throw e;
    }
    if (data == null
        || data.record() == null
        || CcPaymentV2Gateway.blank(data.record().recordId())) {
      throw new GatewayUnavailableException(
          Reason.BAD_ANSWER, "CCPayment v2's getAppWithdrawRecord answered no record");
    }
    return Optional.of(toRecord(data.record()));
  }

  static WithdrawalRecord toRecord(WithdrawRecordData.Record r) {
    String status = r.status() == null ? "" : r.status().trim().toLowerCase(Locale.ROOT);
    Outcome outcome =
        switch (status) {
          case "success" -> Outcome.SUCCEEDED;
          case "failed", "rejected" -> Outcome.FAILED;
          default -> Outcome.PROCESSING;
        };
    String reason = r.reason();
    if (outcome == Outcome.FAILED && CcPaymentV2Gateway.blank(reason)) {
      reason = "CCPayment says " + r.status() + " and gives no reason";
    }
    return new WithdrawalRecord(
        r.recordId().trim(),
        outcome,
        CcPaymentV2Gateway.blank(r.txId()) ? null : r.txId().trim(),
        reason);
  }

  private static String plain(BigDecimal amount) {
    return amount.stripTrailingZeros().toPlainString();
  }

  private static BigDecimal decimal(String text, String what) {
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw new GatewayUnavailableException(
          Reason.BAD_ANSWER, "CCPayment v2's " + what + " is not a number", e);
    }
  }
}
