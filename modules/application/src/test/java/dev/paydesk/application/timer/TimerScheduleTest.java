package dev.paydesk.application.timer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.ScheduleExpression;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimerScheduleTest {

  @ParameterizedTest(name = "{0} -> minute {1}, second {2}")
  @CsvSource({
    "PT1S,  *,    */1",
    "PT30S, *,    */30",
    "PT1M,  */1,  0",
    "PT5M,  */5,  0",
    "PT1H,  0,    0"
  })
  void anIntervalBecomesACalendarExpressionTheContainerAccepts(
      String interval, String minute, String second) {
    ScheduleExpression schedule = TimerSchedule.every(Duration.parse(interval));

    assertThat(schedule.getHour()).isEqualTo("*");
    assertThat(schedule.getMinute()).isEqualTo(minute);
    assertThat(schedule.getSecond()).isEqualTo(second);
  }

  @ParameterizedTest
  @ValueSource(strings = {"PT0S", "PT0.5S", "PT61M", "P1D"})
  void anIntervalOutsideOneSecondToAnHourIsRefused(String interval) {
    assertThatThrownBy(() -> TimerSchedule.every(Duration.parse(interval)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
