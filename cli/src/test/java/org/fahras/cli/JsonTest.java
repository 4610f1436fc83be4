package org.fahras.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON every command prints is JSON: a number that is not finite is null, never the string "NaN". */
class JsonTest {
  record Parts(double text, float recency, Double intent) {}

  @Test
  void numbersThatAreNotFiniteAreNull() throws Exception {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("nan", Float.NaN);
    values.put("infinity", Double.POSITIVE_INFINITY);
    values.put("minus", Float.NEGATIVE_INFINITY);
    values.put("parts", new Parts(Double.NaN, Float.NaN, Double.NaN));
    values.put("finite", 1.5f);
    String json = Json.write(values);
    JsonNode read = new ObjectMapper().readTree(json);
    for (String field : new String[] {"nan", "infinity", "minus"}) {
      assertEquals(true, read.get(field).isNull(), field + ": " + json);
    }
    read.get("parts").forEach(part -> assertEquals(true, part.isNull(), json));
    assertEquals(1.5, read.get("finite").asDouble(), json);
    assertEquals(true, read.get("finite").isNumber(), json);
  }
}
