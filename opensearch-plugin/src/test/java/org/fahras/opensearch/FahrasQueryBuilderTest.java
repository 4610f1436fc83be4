package org.fahras.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import org.fahras.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.opensearch.common.io.stream.BytesStreamOutput;
import org.opensearch.common.xcontent.json.JsonXContent;
import org.opensearch.core.common.ParsingException;
import org.opensearch.core.common.bytes.BytesReference;
import org.opensearch.core.xcontent.DeprecationHandler;
import org.opensearch.core.xcontent.NamedXContentRegistry;
import org.opensearch.core.xcontent.ToXContent;
import org.opensearch.core.xcontent.XContentBuilder;
import org.opensearch.core.xcontent.XContentParser;

class FahrasQueryBuilderTest {
  private static final LocalDate TODAY = LocalDate.of(2025, 1, 15);

  private static FahrasQueryBuilder parse(String body) throws IOException {
    try (XContentParser parser =
        JsonXContent.jsonXContent.createParser(
            NamedXContentRegistry.EMPTY, DeprecationHandler.THROW_UNSUPPORTED_OPERATION, body)) {
      parser.nextToken();
      return FahrasQueryBuilder.fromXContent(parser);
    }
  }

  @Test
  void parsesEverySetting() throws IOException {
    FahrasQueryBuilder builder =
        parse(
            "{\"query\": \"سحب القوات سبتمبر ٢٠٢٥\", \"as_of\": \"2024-10-01\", \"recency_half_life_days\": 10,"
                + " \"recency_weight\": 0.2, \"intent_weight\": 0.5, \"mention_weight\": 0.3,"
                + " \"require_all_words\": true, \"boost\": 2, \"_name\": \"news\"}");
    SearchRequest request = builder.request(TODAY);
    assertEquals("سحب القوات سبتمبر ٢٠٢٥", request.query());
    assertEquals(LocalDate.of(2024, 10, 1), request.asOf());
    assertEquals(10, request.recencyHalfLifeDays());
    assertEquals(0.2, request.recencyWeight());
    assertEquals(0.5, request.intentWeight());
    assertEquals(0.3, request.mentionWeight());
    assertTrue(request.requireAllWords());
    assertFalse(request.collapseDuplicates());
    assertEquals(2f, builder.boost());
    assertEquals("news", builder.queryName());
  }

  @Test
  void defaultsAreCoreDefaultsAndTheRequestDay() throws IOException {
    SearchRequest request = parse("{\"query\": \"العراق\"}").request(TODAY);
    SearchRequest core = SearchRequest.builder("العراق", TODAY).build();
    assertEquals(TODAY, request.asOf());
    assertEquals(core.recencyHalfLifeDays(), request.recencyHalfLifeDays());
    assertEquals(core.recencyWeight(), request.recencyWeight());
    assertEquals(core.intentWeight(), request.intentWeight());
    assertEquals(core.mentionWeight(), request.mentionWeight());
    assertFalse(request.requireAllWords());
  }

  @Test
  void oneIntentWeightKeepsTheOtherDefault() throws IOException {
    SearchRequest request = parse("{\"query\": \"العراق\", \"mention_weight\": 0}").request(TODAY);
    assertEquals(SearchRequest.builder("العراق", TODAY).build().intentWeight(), request.intentWeight());
    assertEquals(0, request.mentionWeight());
  }

  @Test
  void roundTripsThroughJsonAndTheWire() throws IOException {
    FahrasQueryBuilder original =
        new FahrasQueryBuilder("الحوار الأمني")
            .asOf(LocalDate.of(2024, 10, 1))
            .recencyHalfLifeDays(7)
            .intentWeights(0.4, 0.1)
            .requireAllWords(true);
    XContentBuilder json = JsonXContent.contentBuilder();
    original.toXContent(json, ToXContent.EMPTY_PARAMS);
    String text = BytesReference.bytes(json).utf8ToString();
    try (XContentParser parser =
        JsonXContent.jsonXContent.createParser(
            NamedXContentRegistry.EMPTY, DeprecationHandler.THROW_UNSUPPORTED_OPERATION, text)) {
      parser.nextToken();
      parser.nextToken();
      assertEquals(FahrasQueryBuilder.NAME, parser.currentName());
      parser.nextToken();
      assertEquals(original, FahrasQueryBuilder.fromXContent(parser), text);
    }
    try (BytesStreamOutput out = new BytesStreamOutput()) {
      original.writeTo(out);
      assertEquals(original, new FahrasQueryBuilder(out.bytes().streamInput()));
    }
  }

  @Test
  void rejectsUnknownFieldsMissingQueryAndBadDays() {
    assertThrows(ParsingException.class, () -> parse("{\"query\": \"x\", \"colapse\": true}"));
    assertThrows(ParsingException.class, () -> parse("{\"as_of\": \"2024-10-01\"}"));
    assertThrows(ParsingException.class, () -> parse("{\"query\": \"x\", \"as_of\": \"1/10/2024\"}"));
  }

  @Test
  void negativeWeightsFailWithCoresMessage() throws IOException {
    FahrasQueryBuilder builder = parse("{\"query\": \"x\", \"recency_weight\": -1}");
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> builder.request(TODAY));
    assertEquals("recency weight must be a finite number >= 0, got -1.0", error.getMessage());
  }
}
