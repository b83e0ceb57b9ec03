package dev.paydesk.persistence.schema;

import dev.paydesk.application.health.ReadinessProbe;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;

/** The database answers (and which one it is). */
@ApplicationScoped
public class DatabaseProbe implements ReadinessProbe {

  @Resource(lookup = FlywayMigrator.DATASOURCE_IN_USE)
  private DataSource dataSource;

  @Override
  public String name() {
    return "database";
  }

  @Override
  public Result check() {
    try (Connection connection = dataSource.getConnection()) {
      return new Result(
          connection.isValid(2),
          Map.of("product", connection.getMetaData().getDatabaseProductName()));
    } catch (SQLException e) {
      return new Result(false, Map.of("error", e.getClass().getSimpleName()));
    }
  }
}
