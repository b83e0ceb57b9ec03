package dev.paydesk.console;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotFoundException;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets page expressions read records by their components ({@code #{checkout.merchantOrderId}}), as
 * Jakarta EL 6 does and EL 5 (Jakarta EE 10) does not: the console and the pay page bind the
 * application's view records directly instead of through classes of getters. Read-only; a record's
 * own methods with parameters stay callable by method syntax.
 */
public class RecordELResolver extends ELResolver {

  private static final Map<Class<?>, Map<String, Method>> ACCESSORS = new ConcurrentHashMap<>();

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    Method accessor = accessor(base, property);
    if (accessor == null) {
      return null;
    }
    context.setPropertyResolved(base, property);
    try {
      return accessor.invoke(base);
    } catch (IllegalAccessException e) {
      throw new PropertyNotFoundException(property + " of " + base.getClass().getName(), e);
    } catch (InvocationTargetException e) {
      throw new jakarta.el.ELException(e.getCause());
    }
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    if (accessor(base, property) == null) {
      return null;
    }
    context.setPropertyResolved(base, property);
    return null; // read-only: nothing may be set
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    if (accessor(base, property) != null) {
      throw new PropertyNotWritableException(
          property + " of " + base.getClass().getSimpleName() + " (a record) cannot be set");
    }
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    if (accessor(base, property) == null) {
      return false;
    }
    context.setPropertyResolved(base, property);
    return true;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base != null && base.getClass().isRecord() ? String.class : null;
  }

  /** The record component's accessor, or null when this resolver has nothing to say. */
  private static Method accessor(Object base, Object property) {
    if (base == null || !base.getClass().isRecord() || !(property instanceof String name)) {
      return null;
    }
    return ACCESSORS.computeIfAbsent(base.getClass(), RecordELResolver::accessors).get(name);
  }

  private static Map<String, Method> accessors(Class<?> type) {
    Map<String, Method> byName = new java.util.HashMap<>();
    for (RecordComponent component : type.getRecordComponents()) {
      Method accessor = component.getAccessor();
      accessor.setAccessible(true);
      byName.put(component.getName(), accessor);
    }
    return Map.copyOf(byName);
  }
}
