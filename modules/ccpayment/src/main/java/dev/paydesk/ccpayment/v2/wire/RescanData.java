package dev.paydesk.ccpayment.v2.wire;

/** {@code rescanLostTransaction}'s answer: a text to show the user. */
public record RescanData(String description) {}
