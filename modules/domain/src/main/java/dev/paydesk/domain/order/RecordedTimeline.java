package dev.paydesk.domain.order;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The timeline entries one loaded (or new) order recorded, and where they are stored as they are
 * recorded: the stored timeline is appended to and never loaded. Not persistent itself.
 */
public final class RecordedTimeline {

  private final List<TimelineEntry> recorded = new ArrayList<>();
  private Consumer<TimelineEntry> store;
  private int stored;

  void add(TimelineEntry entry) {
    recorded.add(entry);
    if (store != null) {
      store.accept(entry);
      stored++;
    }
  }

  /**
   * From now on each entry is stored as it is recorded; those recorded before are stored now. The
   * stores wire this for each order they hand out, so the stored timeline is appended to without
   * ever being loaded.
   */
  public void storeWith(Consumer<TimelineEntry> store) {
    this.store = Objects.requireNonNull(store, "store");
    while (stored < recorded.size()) {
      store.accept(recorded.get(stored++));
    }
  }

  /**
   * Oldest first: all of them for an order made in memory, those since it was loaded for a stored
   * one (the stored timeline is read by the application's order queries).
   */
  public List<TimelineEntry> entries() {
    return Collections.unmodifiableList(recorded);
  }
}
