package org.fahras.peers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MeasuresTest {
  @Test
  void utf8LengthCountsWhatTheEncoderWrites() {
    String text = "aé中𝄞 سحب القوات";
    assertEquals(text.getBytes(StandardCharsets.UTF_8).length, Text.utf8Length(text));
    assertEquals(10, Text.utf8Length("aé中𝄞"));
  }

  @Test
  void oneSeedGivesOnePermutation() {
    int[] first = Text.shuffled(50, new SplittableRandom(7));
    assertArrayEquals(first, Text.shuffled(50, new SplittableRandom(7)));
    assertArrayEquals(IntStream.range(0, 50).toArray(), Arrays.stream(first).sorted().toArray());
  }

  @Test
  void percentilesAreNearestRank() {
    Latencies latencies = new Latencies();
    for (int ms = 100; ms >= 1; ms--) {
      latencies.add(ms * 1_000_000L);
    }
    Latencies.Summary summary = latencies.summary();
    assertEquals(100, summary.samples());
    assertEquals(50.0, summary.p50Ms());
    assertEquals(99.0, summary.p99Ms());
    assertEquals(50.5, summary.meanMs(), 1e-9);
    assertEquals(1000 / 50.5, summary.qps(), 1e-9);
  }
}
