package dev.paydesk.application.settings;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Where the console's setting values and their history are kept (the database). */
public interface SettingStore {

  /** Every value set in the console, by setting name. */
  Map<String, String> all();

  /** Sets or replaces a value, and writes the change to the history with the value as shown. */
  void put(String name, String value, String shownValue, Instant at, String by);

  /** Removes a value (the file's counts again), written to the history as {@code shownValue}. */
  void remove(String name, String shownValue, Instant at, String by);

  /** The latest changes, newest first. */
  List<SettingChange> changes(int limit);

  /** One change as the history shows it. */
  record SettingChange(String name, String shownValue, Instant at, String by) {}
}
