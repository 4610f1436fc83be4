package org.fahras.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.List;

/**
 * The one JSON writer the commands share: pretty, stable key order as the records declare it, and only JSON: a number
 * that is not finite (NaN, an infinity) is written as null, never as Jackson's default string {@code "NaN"}.
 */
final class Json {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).registerModule(finiteNumbers());

  private Json() {}

  private static SimpleModule finiteNumbers() {
    JsonSerializer<Number> finiteOrNull =
        new JsonSerializer<>() {
          @Override
          public void serialize(Number number, JsonGenerator json, SerializerProvider provider) throws IOException {
            double value = number.doubleValue();
            if (!Double.isFinite(value)) {
              json.writeNull();
            } else if (number instanceof Float single) {
              json.writeNumber(single);
            } else {
              json.writeNumber(value);
            }
          }
        };
    SimpleModule module = new SimpleModule("finite numbers");
    for (Class<? extends Number> type : List.of(Double.class, double.class, Float.class, float.class)) {
      @SuppressWarnings("unchecked")
      Class<Number> numberType = (Class<Number>) type;
      module.addSerializer(numberType, finiteOrNull);
    }
    return module;
  }

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON for " + value.getClass().getSimpleName(), e);
    }
  }
}
