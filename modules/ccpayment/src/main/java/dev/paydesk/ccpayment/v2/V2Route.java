package dev.paydesk.ccpayment.v2;

/** The CCPayment v2 routes Paydesk calls, each appended to the v2 base URL; all are POST. */
public enum V2Route {
  CREATE_ORDER("createAppOrderDepositAddress"),
  DEPOSIT_RECORD("getAppDepositRecord"),
  DEPOSIT_RECORD_LIST("getAppDepositRecordList"),
  COIN_LIST("getCoinList"),
  FIAT_LIST("getFiatList"),
  COIN_USDT_PRICE("getCoinUSDTPrice"),
  WEBHOOK_RESEND("webhook/resend"),
  RESCAN("rescanLostTransaction"),
  WITHDRAW_FEE("getWithdrawFee"),
  ADDRESS_VALIDITY("checkWithdrawalAddressValidity"),
  WITHDRAW_TO_NETWORK("applyAppWithdrawToNetwork"),
  WITHDRAW_TO_CWALLET("applyAppWithdrawToCwallet"),
  WITHDRAW_RECORD("getAppWithdrawRecord");

  private final String path;

  V2Route(String path) {
    this.path = path;
  }

  public String path() {
    return path;
  }
}
