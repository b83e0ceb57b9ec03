package dev.paydesk.application.startup;

import java.util.List;

/** A part of Paydesk whose configuration must be complete before it may take orders. */
public interface StartupRequirement {

  /** What is missing or wrong, each naming the setting to fix; empty when all is well. */
  List<String> problems();
}
