package dev.paydesk.domain.access;

import java.util.List;
import java.util.Optional;

/** The shop API keys made in the console. */
public interface ShopApiKeyRepository {

  void add(ShopApiKey key);

  Optional<ShopApiKey> find(long id);

  /** Every key, revoked ones too, newest first. */
  List<ShopApiKey> all();

  /** The keys not revoked. */
  List<ShopApiKey> active();
}
