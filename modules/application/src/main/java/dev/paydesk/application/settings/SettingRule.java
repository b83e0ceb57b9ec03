package dev.paydesk.application.settings;

import java.util.Optional;

/**
 * What a part of Paydesk accepts as a setting it reads: the same reading that judges the file's
 * value at start-up judges a value typed in the console, before it is saved.
 */
public interface SettingRule {

  /** Why this value cannot be used; empty when it can, or when the setting is not this part's. */
  Optional<String> problem(MerchantSetting setting, String value);
}
