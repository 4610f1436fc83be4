package org.fahras.internal.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
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
  void anArticlesSignatureIsThatOfItsTitleLineAndBody() throws IOException {
    String body = seed("000");
    String title = "انسحاب قوات التحالف";
    assertArrayEquals(NearDuplicateSignature.of(title + "\n" + body), NearDuplicateSignature.of(title, body));
    assertArrayEquals(NearDuplicateSignature.of("\n" + body), NearDuplicateSignature.of("", body));
    assertArrayEquals(NearDuplicateSignature.of(title + "\n"), NearDuplicateSignature.of(title, ""));
  }

  @Test
  void theSignatureIsTheOneTheFirstVersionComputed() throws IOException {
    // The table-driven fold and prefix test must not change a signature: stored indexes hold them.
    Random random = new Random(20261205);
    String letters = "ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئىةـًٌٍَُِّْ٠١٢٣456789abcXYZ \n.,،؛ٱ\u200c\u0670";
    for (String prefix : new String[] {"000", "001", "002", "003", "004"}) {
      String text = seed(prefix);
      assertArrayEquals(ReferenceSignature.of(text), NearDuplicateSignature.of(text), prefix);
    }
    for (int i = 0; i < 2_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(200); n > 0; n--) {
        text.append(
            random.nextInt(20) == 0 ? (char) random.nextInt(Character.MAX_VALUE + 1) : letters.charAt(random.nextInt(letters.length())));
      }
      assertArrayEquals(ReferenceSignature.of(text), NearDuplicateSignature.of(text), text.toString());
    }
  }

  /**
   * The signature as its first version computed it, character by character (no table, no prefix shortcut), with the
   * analyzer's fold: the oracle of the test above.
   */
  private static final class ReferenceSignature {
    private static final String[] PREFIXES = {"وال", "بال", "فال", "كال", "لل", "ال", "و"};

    static byte[] of(CharSequence text) {
      int[] minima = new int[NearDuplicateSignature.SLOTS];
      java.util.Arrays.fill(minima, 0xFFFF);
      char[] word = new char[48];
      int length = 0;
      long previous = 0;
      int words = 0;
      for (int i = 0, n = text.length(); i <= n; i++) {
        char c = i < n ? fold(text.charAt(i)) : ' ';
        if (c == 0) {
          continue;
        }
        if (Character.isLetterOrDigit(c)) {
          if (length < word.length) {
            word[length++] = c;
          }
        } else if (length > 0) {
          long hash = hashStem(word, length);
          if (words++ > 0) {
            add(minima, mix(previous * 31 + hash));
          }
          previous = hash;
          length = 0;
        }
      }
      if (words == 1) {
        add(minima, mix(previous * 31));
      }
      byte[] bytes = new byte[NearDuplicateSignature.BYTES];
      for (int slot = 0; slot < minima.length; slot++) {
        bytes[slot * 2] = (byte) (minima[slot] >>> 8);
        bytes[slot * 2 + 1] = (byte) minima[slot];
      }
      return bytes;
    }

    private static long hashStem(char[] word, int length) {
      int start = 0;
      for (String prefix : PREFIXES) {
        if (length - prefix.length() >= 3 && new String(word, 0, prefix.length()).equals(prefix)) {
          start = prefix.length();
          break;
        }
      }
      long hash = 0xcbf29ce484222325L;
      for (int i = start; i < length; i++) {
        hash = (hash ^ word[i]) * 0x100000001b3L;
      }
      return hash;
    }

    private static void add(int[] minima, long hash) {
      int slot = (int) (hash >>> (64 - 7));
      int value = (int) (hash & 0xFFFF);
      if (value < minima[slot]) {
        minima[slot] = value;
      }
    }

    private static long mix(long z) {
      z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
      z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
      return z ^ (z >>> 31);
    }

    private static char fold(char c) {
      return NearDuplicateSignature.fold(c); // the shared rules; what this oracle checks is the reading of the words
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
  void persianLettersHamzaSeatsAndZeroWidthJoinersFoldAsInTheAnalyzer() {
    // ی ک (Persian keyboards), ؤ ئ and a ZWNJ inside a word read as the analyzer reads them.
    assertEquals(
        1.0,
        similarity(
            "المسؤولون في رئاسة الوزراء يناقشون خطة الكهرباء مع الشركات",
            "المسوولون فی ریاسة الوزراء یناقشون خطة الکهر\u200Cباء مع الشرکات"));
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
