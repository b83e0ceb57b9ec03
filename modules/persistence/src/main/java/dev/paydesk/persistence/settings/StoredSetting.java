package dev.paydesk.persistence.settings;

import java.time.Instant;

/** A row of {@code merchant_setting}: a value set in the console. */
public class StoredSetting {

  private String name;
  private String value;
  private Instant changedAt;
  private String changedBy;

  protected StoredSetting() {
    // for the persistence mapping
  }

  StoredSetting(String name, String value, Instant at, String by) {
    this.name = name;
    set(value, at, by);
  }

  void set(String value, Instant at, String by) {
    this.value = value;
    this.changedAt = at;
    this.changedBy = by;
  }

  String name() {
    return name;
  }

  String value() {
    return value;
  }
}
