package dev.paydesk.persistence.webhook;

import dev.paydesk.domain.webhook.NotificationLog;
import dev.paydesk.domain.webhook.ReceivedNotification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Notifications in the {@code webhook_notification} table. */
@ApplicationScoped
public class JpaNotificationLog implements NotificationLog {

  @PersistenceContext(unitName = "paydesk")
  private EntityManager em;

  protected JpaNotificationLog() {
    // for CDI
  }

  /** For use outside the container (persistence tests). */
  public JpaNotificationLog(EntityManager em) {
    this.em = em;
  }

  @Override
  public void add(ReceivedNotification notification) {
    em.persist(notification);
    em.flush(); // assigns the id that timeline entries link to
  }

  @Override
  public List<ReceivedNotification> findByRecordId(String recordId) {
    return em.createQuery(
            "SELECT n FROM ReceivedNotification n WHERE n.recordId = :r ORDER BY n.id",
            ReceivedNotification.class)
        .setParameter("r", recordId)
        .getResultList();
  }
}
