package dev.paydesk.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {

  record Shown(String merchantOrderId, BigDecimal amountPaid) {}

  final RecordELResolver resolver = new RecordELResolver();

  @Test
  void aRecordsComponentIsReadByItsName() {
    ELContext context = context();

    Object value =
        resolver.getValue(context, new Shown("A-1", new BigDecimal("2.50")), "amountPaid");

    assertThat(value).isEqualTo(new BigDecimal("2.50"));
    assertThat(context.isPropertyResolved()).isTrue();
  }

  @Test
  void whatIsNotARecordsComponentIsLeftToTheOtherResolvers() {
    ELContext context = context();

    assertThat(resolver.getValue(context, new Shown("A-1", null), "toString")).isNull();
    assertThat(resolver.getValue(context, "a string", "length")).isNull();
    assertThat(resolver.getValue(context, null, "shown")).isNull();
    assertThat(context.isPropertyResolved()).isFalse();
  }

  @Test
  void aRecordIsReadOnly() {
    ELContext context = context();
    Shown shown = new Shown("A-1", null);

    assertThat(resolver.isReadOnly(context, shown, "merchantOrderId")).isTrue();
    assertThatThrownBy(() -> resolver.setValue(context, shown, "merchantOrderId", "B-2"))
        .isInstanceOf(PropertyNotWritableException.class);
    assertThat(shown.merchantOrderId()).isEqualTo("A-1");
  }

  private static ELContext context() {
    return new ELContext() {
      @Override
      public ELResolver getELResolver() {
        return null;
      }

      @Override
      public FunctionMapper getFunctionMapper() {
        return null;
      }

      @Override
      public VariableMapper getVariableMapper() {
        return null;
      }
    };
  }
}
