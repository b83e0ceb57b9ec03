package dev.paydesk.persistence.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A search's {@code WHERE} clause, built from the criteria that are set, with its parameters: the
 * same conditions serve the page query and its count.
 */
public final class JpqlFilter {

  private final StringBuilder where = new StringBuilder();
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  /** Adds {@code condition} (naming {@code :name}) when {@code value} is given. */
  public JpqlFilter and(String condition, String name, Object value) {
    if (value != null) {
      where.append(where.length() == 0 ? " WHERE " : " AND ").append(condition);
      parameters.put(name, value);
    }
    return this;
  }

  /** Adds {@code condition}, which names each of the parameters given. */
  public JpqlFilter and(String condition, Map<String, Object> named) {
    where.append(where.length() == 0 ? " WHERE " : " AND ").append(condition);
    parameters.putAll(named);
    return this;
  }

  public <T> TypedQuery<T> query(EntityManager em, String select, String orderBy, Class<T> type) {
    return bind(em.createQuery(select + where + orderBy, type));
  }

  public long count(EntityManager em, String selectCount) {
    return bind(em.createQuery(selectCount + where, Long.class)).getSingleResult();
  }

  private <T> TypedQuery<T> bind(TypedQuery<T> query) {
    parameters.forEach(query::setParameter);
    return query;
  }
}
