package org.fahras.document;

/**
 * Strict UTF-8 validation of a byte range without decoding it: the readers reject invalid input instead of letting a
 * decoder replace it with U+FFFD (silent corruption) or letting it reach the JSON parser (which does not check bytes
 * inside values it skips).
 *
 * <p>Rejects what RFC 3629 forbids: stray continuation bytes, truncated sequences, overlong encodings, UTF-16
 * surrogates (U+D800..U+DFFF) and code points above U+10FFFF.
 */
final class Utf8 {

  private Utf8() {}

  /**
   * Returns the offset of the first byte of the first invalid sequence in {@code bytes[from, to)}, or -1 when the range
   * is valid UTF-8.
   */
  static int firstInvalid(byte[] bytes, int from, int to) {
    int i = from;
    while (i < to) {
      int b = bytes[i];
      if (b >= 0) { // ASCII, by far the most frequent byte in JSON: one comparison
        i++;
        continue;
      }
      int lead = b & 0xFF;
      int length;
      int min2nd = 0x80; // bounds of the second byte; narrowed for the leads that could encode overlongs or surrogates
      int max2nd = 0xBF;
      if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
      } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) {
          min2nd = 0xA0; // below is an overlong 2-byte character
        } else if (lead == 0xED) {
          max2nd = 0x9F; // above is a UTF-16 surrogate
        }
      } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) {
          min2nd = 0x90; // below is an overlong 3-byte character
        } else if (lead == 0xF4) {
          max2nd = 0x8F; // above is beyond U+10FFFF
        }
      } else {
        return i; // a continuation byte without a lead, 0xC0/0xC1 (always overlong) or 0xF5..0xFF
      }
      if (i + length > to) {
        return i;
      }
      int second = bytes[i + 1] & 0xFF;
      if (second < min2nd || second > max2nd) {
        return i;
      }
      for (int k = 2; k < length; k++) {
        if ((bytes[i + k] & 0xC0) != 0x80) {
          return i;
        }
      }
      i += length;
    }
    return -1;
  }
}
