package org.fahras.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CLI prints these results with Jackson: pin the JSON they become. */
class JsonShapeTest {

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void summaryIsTheReportShape() throws JsonProcessingException {
    Evaluation evaluation = new Evaluation(2, new MetricScores(0.5, 0.25, 0.125, 1.0, 0.0),
        Map.of("q1", new MetricScores(1, 0.5, 0.25, 1, 0), "q2", new MetricScores(0, 0, 0, 1, 0)));
    assertEquals("{\"ndcg@10\":0.5,\"mrr@10\":0.25,\"map@100\":0.125,\"recall@100\":1.0,\"p@1\":0.0,\"queries\":2}",
        json.writeValueAsString(evaluation.summary()));
  }

  @Test
  void comparisonIsAFlatObject() throws JsonProcessingException {
    Comparison comparison = new Comparison("ndcg@10", "none", "light", 3, 1, 2, 0.015, 0.25, Double.NaN);
    assertEquals("{\"metric\":\"ndcg@10\",\"baseline\":\"none\",\"candidate\":\"light\",\"wins\":3,\"ties\":1,"
            + "\"losses\":2,\"meanDifference\":0.015,\"pValue\":0.25,\"tTestPValue\":\"NaN\"}",
        json.writeValueAsString(comparison));
  }
}
