package org.fahras.peers;

import java.util.SplittableRandom;

/** Small measures the suite and the peers must compute alike: text bytes and the seeded order of the queries. */
public final class Text {
  private Text() {}

  /** UTF-8 length of {@code text} without encoding it (the corpus is hundreds of megabytes). */
  public static long utf8Length(CharSequence text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  /** A permutation of {@code 0..n-1} (Fisher–Yates from the top): one seed gives Fahras and the peers one order. */
  public static int[] shuffled(int n, SplittableRandom random) {
    int[] permutation = new int[n];
    for (int i = 0; i < n; i++) {
      permutation[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = permutation[i];
      permutation[i] = permutation[j];
      permutation[j] = swap;
    }
    return permutation;
  }
}
