package dev.paydesk.persistence.settings;

import dev.paydesk.application.settings.SettingStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The console's settings in {@code merchant_setting}, the history in {@code
 * merchant_setting_change}.
 */
@ApplicationScoped
public class JpaSettingStore implements SettingStore {

  @PersistenceContext(unitName = "paydesk")
  private EntityManager em;

  protected JpaSettingStore() {
    // for CDI
  }

  /** For use outside the container (persistence tests). */
  public JpaSettingStore(EntityManager em) {
    this.em = em;
  }

  @Override
  public Map<String, String> all() {
    Map<String, String> values = new HashMap<>();
    em.createQuery("SELECT s FROM StoredSetting s", StoredSetting.class)
        .getResultList()
        .forEach(s -> values.put(s.name(), s.value()));
    return values;
  }

  @Override
  public void put(String name, String value, String shownValue, Instant at, String by) {
    StoredSetting row = em.find(StoredSetting.class, name);
    if (row == null) {
      em.persist(new StoredSetting(name, value, at, by));
    } else {
      row.set(value, at, by);
    }
    em.persist(new StoredSettingChange(name, shownValue, at, by));
    em.flush();
  }

  @Override
  public void remove(String name, String shownValue, Instant at, String by) {
    StoredSetting row = em.find(StoredSetting.class, name);
    if (row != null) {
      em.remove(row);
      em.persist(new StoredSettingChange(name, shownValue, at, by));
      em.flush();
    }
  }

  @Override
  public List<SettingChange> changes(int limit) {
    return em
        .createQuery(
            "SELECT c FROM StoredSettingChange c ORDER BY c.changedAt DESC, c.id DESC",
            StoredSettingChange.class)
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(c -> new SettingChange(c.name(), c.shownValue(), c.changedAt(), c.changedBy()))
        .toList();
  }
}
