package dev.paydesk.ccpayment.v2.wire;

/** {@code checkWithdrawalAddressValidity}. */
public record AddressValidityRequest(String chain, String address) {}
