package dev.paydesk.application.timer;

import jakarta.ejb.ScheduleExpression;
import java.time.Duration;

/**
 * Turns a configured interval into an EJB calendar expression (every N seconds, or every N
 * minutes).
 */
final class TimerSchedule {

  private TimerSchedule() {}

  static ScheduleExpression every(Duration interval) {
    long seconds = interval.toSeconds();
    if (seconds < 1 || seconds > 3600) {
      throw new IllegalArgumentException(
          "a timer interval must be between 1 s and 1 h, not " + interval);
    }
    ScheduleExpression schedule = new ScheduleExpression().hour("*");
    if (seconds == 3600) {
      return schedule.minute("0").second("0"); // "*/60" is no minute
    }
    return seconds < 60
        ? schedule.minute("*").second("*/" + seconds)
        : schedule.minute("*/" + Math.max(1, seconds / 60)).second("0");
  }
}
