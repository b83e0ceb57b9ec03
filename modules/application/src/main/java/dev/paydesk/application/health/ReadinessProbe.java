package dev.paydesk.application.health;

import java.util.Map;

/** Something Paydesk needs to serve: an adapter tells whether it works now. */
public interface ReadinessProbe {

  /** The check's name in {@code /health/ready}: {@code database}, {@code ccpayment}. */
  String name();

  Result check();

  /** Whether it works, and what an operator should see about it (never a secret). */
  record Result(boolean up, Map<String, String> data) {}
}
