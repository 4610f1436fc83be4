package org.fahras.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8Test {

  private static int firstInvalid(int... bytes) {
    byte[] b = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      b[i] = (byte) bytes[i];
    }
    return Utf8.firstInvalid(b, 0, b.length);
  }

  @Test
  void acceptsAllPlanes() {
    byte[] text = "a é عربي € 😀".getBytes(StandardCharsets.UTF_8);
    assertEquals(-1, Utf8.firstInvalid(text, 0, text.length));
  }

  @Test
  void rejectsWhatRfc3629Forbids() {
    assertEquals(1, firstInvalid('a', 0x80), "stray continuation byte");
    assertEquals(0, firstInvalid(0xC3, 0x28), "bad continuation");
    assertEquals(0, firstInvalid(0xD8), "truncated at the end");
    assertEquals(0, firstInvalid(0xC0, 0xAF), "overlong two bytes");
    assertEquals(0, firstInvalid(0xE0, 0x80, 0xAF), "overlong three bytes");
    assertEquals(0, firstInvalid(0xED, 0xA0, 0x80), "UTF-16 surrogate");
    assertEquals(0, firstInvalid(0xF4, 0x90, 0x80, 0x80), "above U+10FFFF");
    assertEquals(0, firstInvalid(0xFF), "never valid");
  }
}
