package dev.paydesk.ccpayment.v2.wire;

/** {@code checkWithdrawalAddressValidity}'s answer. */
public record AddressValidityData(Boolean addrIsValid) {}
