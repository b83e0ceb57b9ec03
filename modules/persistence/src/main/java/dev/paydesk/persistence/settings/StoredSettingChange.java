package dev.paydesk.persistence.settings;

import java.time.Instant;

/** A row of {@code merchant_setting_change}: one change, as the history shows it. */
public class StoredSettingChange {

  private Long id;
  private String name;
  private String shownValue;
  private Instant changedAt;
  private String changedBy;

  protected StoredSettingChange() {
    // for the persistence mapping
  }

  StoredSettingChange(String name, String shownValue, Instant at, String by) {
    this.name = name;
    this.shownValue = shownValue;
    this.changedAt = at;
    this.changedBy = by;
  }

  String name() {
    return name;
  }

  String shownValue() {
    return shownValue;
  }

  Instant changedAt() {
    return changedAt;
  }

  String changedBy() {
    return changedBy;
  }
}
