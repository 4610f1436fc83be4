package org.fahras.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ByteLinesTest {

  private static List<String> split(byte[] input, int maxLineBytes, int initialCapacity) throws IOException {
    // A stream that returns at most 3 bytes per read, to exercise every refill path.
    InputStream in =
        new ByteArrayInputStream(input) {
          @Override
          public synchronized int read(byte[] b, int off, int len) {
            return super.read(b, off, Math.min(len, 3));
          }
        };
    ByteLines lines = new ByteLines(in, maxLineBytes, initialCapacity);
    List<String> out = new ArrayList<>();
    while (lines.next()) {
      String text = new String(lines.array(), lines.offset(), lines.length(), StandardCharsets.UTF_8);
      out.add(lines.number() + (lines.tooLong() ? "!" : ":") + text);
    }
    return out;
  }

  @Test
  void splitsOnLineFeedsAndDropsCarriageReturns() throws IOException {
    byte[] input = "a\r\n\nbc\n\r\nlast".getBytes(StandardCharsets.UTF_8);
    assertEquals(List.of("1:a", "2:", "3:bc", "4:", "5:last"), split(input, 100, 1));
    assertEquals(List.of("1:x"), split("x\n".getBytes(StandardCharsets.UTF_8), 100, 4));
    assertEquals(List.of(), split(new byte[0], 100, 4));
  }

  @Test
  void flagsLinesAboveTheLimitAndKeepsCounting() throws IOException {
    byte[] input = "short\nthis line is too long\nok\nalso far too long".getBytes(StandardCharsets.UTF_8);
    assertEquals(List.of("1:short", "2!", "3:ok", "4!"), split(input, 8, 2));
  }

  @Test
  void agreesWithASimpleSplitOnRandomInput() throws IOException {
    Random random = new Random(42);
    for (int round = 0; round < 200; round++) {
      byte[] input = new byte[random.nextInt(300)];
      for (int i = 0; i < input.length; i++) {
        input[i] = (byte) (random.nextInt(5) == 0 ? '\n' : 'a' + random.nextInt(3));
      }
      List<String> expected = new ArrayList<>();
      String[] parts = new String(input, StandardCharsets.US_ASCII).split("\n", -1);
      int count = input.length > 0 && input[input.length - 1] == '\n' ? parts.length - 1 : parts.length;
      for (int i = 0; i < count && input.length > 0; i++) {
        expected.add((i + 1) + (parts[i].length() > 20 ? "!" : ":" + parts[i]));
      }
      assertEquals(expected, split(input, 20, 1 + random.nextInt(8)), () -> Arrays.toString(input));
    }
  }
}
