package org.fahras.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class NearDuplicateSignatureTest {
  private static double similarity(String a, String b) {
    return NearDuplicateSignature.similarity(
        new BytesRef(NearDuplicateSignature.of(a)), new BytesRef(NearDuplicateSignature.of(b)));
  }

  private static String seed(String prefix) throws IOException {
    try (var files = Files.list(Path.of("..", "seeds"))) {
      Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
      return Files.readString(file, StandardCharsets.UTF_8);
    }
  }

  @Test
  void identicalTextsAreIdentical() {
    String text = "توصلت الولايات المتحدة والعراق إلى تفاهم بشأن خطط انسحاب قوات التحالف";
    assertEquals(1.0, similarity(text, text));
  }

  @Test
  void spellingVariantsAndDiacriticsDoNotMatter() {
    assertEquals(
        1.0,
        similarity(
            "أعلنت الحكومة العراقية خطة جديدة للانسحاب في سنة ٢٠٢٥",
            "اعلنت الحكومَة العراقيه خطة جديدة للانسحاب في سنه 2025"));
  }

  @Test
  void syndicatedSeedsAreNearDuplicatesAndOthersAreNot() throws IOException {
    double syndicated = similarity(seed("000"), seed("002"));
    System.out.printf("seed 000 ~ 002: %.2f%n", syndicated);
    assertTrue(syndicated >= NearDuplicateSignature.DUPLICATE_THRESHOLD, "000 and 002 carry one Reuters report: " + syndicated);
    for (String other : new String[] {"001", "003", "004"}) {
      double unrelated = similarity(seed("000"), seed(other));
      assertTrue(unrelated < NearDuplicateSignature.DUPLICATE_THRESHOLD / 2, "000 and " + other + " are different stories: " + unrelated);
    }
  }
}
