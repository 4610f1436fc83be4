package org.fahras.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Reads the word lists shipped beside the analysis classes: UTF-8, one word a line, {@code #} starts a comment. Each
 * word is normalized with {@link ArabicNormalizer} as it is loaded, so a list matches text normalized the same way
 * however either was written.
 */
final class WordLists {
  private WordLists() {}

  /** The normalized words of resource {@code name} beside {@code owner}, as an unmodifiable set. */
  static CharArraySet loadNormalized(Class<?> owner, String name) {
    CharArraySet set = new CharArraySet(256, false);
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " beside " + owner);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int comment = line.indexOf('#');
        String word = (comment >= 0 ? line.substring(0, comment) : line).strip();
        if (!word.isEmpty()) {
          set.add(normalized(word));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    return CharArraySet.unmodifiableSet(set);
  }

  /**
   * A user's word set as the chain sees text by the time it reaches a stop or keyword filter: each word lower-cased
   * (as {@code LowerCaseFilter} does, whatever the default locale) and normalized. Entries of a {@link CharArraySet}
   * are {@code char[]}; other collections may hold any {@link CharSequence}.
   */
  static CharArraySet normalizedCopy(Collection<?> words) {
    CharArraySet set = new CharArraySet(Math.max(words.size(), 1), false);
    for (Object word : words) {
      String text = word instanceof char[] chars ? new String(chars) : word.toString();
      set.add(normalized(text.toLowerCase(Locale.ROOT)));
    }
    return CharArraySet.unmodifiableSet(set);
  }

  /** {@code word} normalized with {@link ArabicNormalizer}; for words read once (analysis works in place instead). */
  static String normalized(CharSequence word) {
    char[] chars = word.toString().toCharArray();
    char[] buffer = new char[ArabicNormalizer.requiredCapacity(chars, chars.length)];
    System.arraycopy(chars, 0, buffer, 0, chars.length);
    return new String(buffer, 0, ArabicNormalizer.normalize(buffer, chars.length));
  }
}
