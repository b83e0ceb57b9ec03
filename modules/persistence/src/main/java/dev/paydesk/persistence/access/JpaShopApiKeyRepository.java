package dev.paydesk.persistence.access;

import dev.paydesk.domain.access.ShopApiKey;
import dev.paydesk.domain.access.ShopApiKeyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Shop API keys made in the console, in {@code shop_api_key}. */
@ApplicationScoped
public class JpaShopApiKeyRepository implements ShopApiKeyRepository {

  @PersistenceContext(unitName = "paydesk")
  private EntityManager em;

  protected JpaShopApiKeyRepository() {
    // for CDI
  }

  /** For use outside the container (persistence tests). */
  public JpaShopApiKeyRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public void add(ShopApiKey key) {
    em.persist(key);
    em.flush();
  }

  @Override
  public Optional<ShopApiKey> find(long id) {
    return Optional.ofNullable(em.find(ShopApiKey.class, id));
  }

  @Override
  public List<ShopApiKey> all() {
    return em.createQuery(
            "SELECT k FROM ShopApiKey k ORDER BY k.createdAt DESC, k.id DESC", ShopApiKey.class)
        .getResultList();
  }

  @Override
  public List<ShopApiKey> active() {
    return em.createQuery("SELECT k FROM ShopApiKey k WHERE k.revokedAt IS NULL", ShopApiKey.class)
        .getResultList();
  }
}
