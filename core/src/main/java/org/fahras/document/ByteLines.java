package org.fahras.document;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * Splits a byte stream into lines on {@code '\n'} (a {@code '\r'} before it is dropped) without decoding anything, so a
 * broken line (bad UTF-8, bad JSON) can never shift the lines after it, and line numbers stay exact.
 *
 * <p>A line is exposed in place, as a range of an internal buffer that is valid until the next call to {@link #next}:
 * no copy and no {@code String}. The buffer grows to the longest line seen, up to {@code maxLineBytes}; a longer line
 * is read past without being kept and reported as {@link #tooLong()}, so one runaway line cannot exhaust memory. After
 * a long line the buffer shrinks back. Not thread-safe: one reader owns it.
 */
final class ByteLines {

  private static final int INITIAL_CAPACITY = 1 << 16;

  private final InputStream in;
  private final int maxLineBytes;
  private final int initialCapacity;
  private byte[] buffer;
  private int start; // the unconsumed bytes are buffer[start, limit)
  private int limit;
  private boolean endOfInput;
  private long number;
  private int lineStart;
  private int lineEnd;
  private boolean tooLong;

  /**
   * Splits {@code in}, keeping lines up to {@code maxLineBytes}.
   *
   * @param in the stream to split; not closed here
   * @param maxLineBytes the longest line kept, in bytes, without its line break
   */
  ByteLines(InputStream in, int maxLineBytes) {
    this(in, maxLineBytes, INITIAL_CAPACITY);
  }

  /** As {@link #ByteLines(InputStream, int)} with a chosen initial buffer size (tests use tiny ones). */
  ByteLines(InputStream in, int maxLineBytes, int initialCapacity) {
    this.in = Objects.requireNonNull(in, "in");
    if (maxLineBytes < 1 || maxLineBytes > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("maxLineBytes out of range: " + maxLineBytes);
    }
    if (initialCapacity < 1) {
      throw new IllegalArgumentException("initialCapacity must be >= 1: " + initialCapacity);
    }
    this.maxLineBytes = maxLineBytes;
    this.initialCapacity = initialCapacity;
    this.buffer = new byte[initialCapacity];
  }

  /**
   * Advances to the next line.
   *
   * @return false at the end of the input (a final line without a line break is still a line; the empty rest after
   *     a final line break is not)
   */
  boolean next() throws IOException {
    tooLong = false;
    int scan = start;
    while (true) {
      int newline = indexOfNewline(scan, limit);
      if (newline >= 0) {
        exposeLine(newline);
        start = newline + 1;
        return true;
      }
      scan = limit;
      if (endOfInput) {
        if (start == limit && !tooLong) {
          return false;
        }
        exposeLine(limit);
        start = limit;
        return true;
      }
      if (limit - start > maxLineBytes) {
        // Too long to keep: drop what we have and keep scanning for the end of this line.
        tooLong = true;
        start = 0;
        limit = 0;
        scan = 0;
      }
      scan -= makeRoom();
      int read = in.read(buffer, limit, buffer.length - limit);
      if (read < 0) {
        endOfInput = true;
      } else {
        limit += read;
      }
    }
  }

  private int indexOfNewline(int from, int to) {
    byte[] b = buffer;
    for (int i = from; i < to; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private void exposeLine(int end) {
    number++;
    int begin = start;
    if (!tooLong && end - begin > maxLineBytes) {
      tooLong = true;
    }
    if (tooLong) {
      begin = end; // the content is not kept
    } else if (end > begin && buffer[end - 1] == '\r') {
      end--;
    }
    lineStart = begin;
    lineEnd = end;
  }

  /**
   * Ensures free space after {@code limit}: moves the pending bytes to the front, shrinks a buffer a long line left
   * behind, or grows a full one. Returns how far the pending bytes moved left.
   */
  private int makeRoom() {
    int pending = limit - start;
    int shift = start;
    if (buffer.length > initialCapacity && pending < initialCapacity / 2) {
      byte[] smaller = new byte[initialCapacity];
      System.arraycopy(buffer, start, smaller, 0, pending);
      buffer = smaller;
    } else if (start > 0) {
      System.arraycopy(buffer, start, buffer, 0, pending);
    } else if (limit == buffer.length) {
      int capacity = (int) Math.min((long) maxLineBytes + 2, Math.max(2L * buffer.length, pending + 1L));
      byte[] larger = new byte[capacity];
      System.arraycopy(buffer, 0, larger, 0, pending);
      buffer = larger;
    }
    start = 0;
    limit = pending;
    return shift;
  }

  /** The current line's 1-based number. */
  long number() {
    return number;
  }

  /** Whether the current line was longer than {@code maxLineBytes}; its content is then empty. */
  boolean tooLong() {
    return tooLong;
  }

  /** The buffer holding the current line; valid until the next call to {@link #next}. */
  byte[] array() {
    return buffer;
  }

  /** Where the current line starts in {@link #array()}. */
  int offset() {
    return lineStart;
  }

  /** The current line's length in bytes, without its line break. */
  int length() {
    return lineEnd - lineStart;
  }
}
