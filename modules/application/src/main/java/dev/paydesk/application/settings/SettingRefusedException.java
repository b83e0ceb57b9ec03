package dev.paydesk.application.settings;

/** A value the setting cannot take; nothing was changed. The message is shown to the merchant. */
public class SettingRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SettingRefusedException(String message) {
    super(message);
  }
}
