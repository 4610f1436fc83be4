package org.fahras.peers;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the articles file the Fahras suite writes ({@code org.fahras.benchmarks.PeerExport}), so every engine indexes
 * exactly the articles Fahras indexed, in the same order. Big-endian binary:
 *
 * <pre>
 * int    MAGIC
 * int    count
 * count × { string id, string title, string body, string source ("" for none), long published epoch day
 *           (Long.MIN_VALUE for none) }
 * string = int length, then that many bytes of UTF-8
 * </pre>
 */
public final class ArticleFile {
  /** "FPA1": Fahras peer articles, version 1. */
  public static final int MAGIC = 0x46504131;

  /** Marks an article without a publication date. */
  public static final long NO_DATE = Long.MIN_VALUE;

  private ArticleFile() {}

  /** Every article of {@code file}, in order. */
  public static List<PeerArticle> read(Path file) throws IOException {
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      if (in.readInt() != MAGIC) {
        throw new IOException(file + " is not a Fahras peer articles file");
      }
      int count = in.readInt();
      List<PeerArticle> articles = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        String id = string(in);
        String title = string(in);
        String body = string(in);
        String source = string(in);
        long day = in.readLong();
        articles.add(
            new PeerArticle(id, title, body, source.isEmpty() ? null : source, day == NO_DATE ? null : LocalDate.ofEpochDay(day)));
      }
      return articles;
    }
  }

  private static String string(DataInputStream in) throws IOException {
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
