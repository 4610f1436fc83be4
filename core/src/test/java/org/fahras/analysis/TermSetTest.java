package org.fahras.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TermSetTest {
  private static boolean add(TermSet set, String term) {
    char[] buffer = (term + "###").toCharArray(); // a longer buffer, as CharTermAttribute's is
    return set.add(buffer, term.length());
  }

  @Test
  void answersWhetherATermIsNew() {
    TermSet set = new TermSet();
    assertTrue(add(set, "كتب"));
    assertTrue(add(set, "كتاب"));
    assertFalse(add(set, "كتب"));
    assertTrue(add(set, "كت"), "a prefix is another term");
    assertTrue(add(set, ""), "the empty term too");
    assertFalse(add(set, ""));
    assertEquals(4, set.size());
  }

  @Test
  void clearForgetsEverything() {
    TermSet set = new TermSet();
    add(set, "سحب");
    set.clear();
    assertEquals(0, set.size());
    assertTrue(add(set, "سحب"));
  }

  @Test
  void agreesWithAHashSetThroughGrowthAndClears() {
    Random random = new Random(42);
    TermSet set = new TermSet();
    for (int round = 0; round < 5; round++) {
      Set<String> expected = new HashSet<>();
      int terms = round * 3_000 + 10;
      for (int i = 0; i < terms; i++) {
        StringBuilder term = new StringBuilder();
        for (int length = random.nextInt(8); length > 0; length--) {
          term.append((char) ('\u0627' + random.nextInt(6)));
        }
        assertEquals(expected.add(term.toString()), add(set, term.toString()), "term " + term);
      }
      assertEquals(expected.size(), set.size());
      set.clear();
    }
  }
}
