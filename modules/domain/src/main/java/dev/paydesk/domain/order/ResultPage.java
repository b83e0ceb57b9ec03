package dev.paydesk.domain.order;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a search's results, with how many there are in all.
 *
 * @param page from 0
 * @param total how many results the whole search has
 */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

  public ResultPage {
    items = List.copyOf(items);
  }

  public boolean hasNext() {
    return (long) (page + 1) * size < total;
  }

  public <R> ResultPage<R> map(Function<? super T, ? extends R> mapper) {
    return new ResultPage<>(items.stream().<R>map(mapper).toList(), page, size, total);
  }
}
