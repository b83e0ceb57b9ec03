package dev.paydesk.application.settings;

import java.util.Optional;

/**
 * The values the console set, over the configuration file's. Asked on every use, so a change counts
 * without a restart; answered from memory, refreshed from the database every few seconds.
 */
public interface SettingOverrides {

  /** Nothing set in the console (outside the container, in tests). */
  SettingOverrides NONE = setting -> Optional.empty();

  /** The console's value of this setting; empty when the file's counts. */
  Optional<String> value(MerchantSetting setting);
}
