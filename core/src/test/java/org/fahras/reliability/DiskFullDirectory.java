package org.fahras.reliability;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.FilterIndexOutput;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/** A directory whose disk fills up: once armed, writes fail with "No space left on device" after a byte budget. */
final class DiskFullDirectory extends FilterDirectory {
  static final String MESSAGE = "No space left on device";

  private final AtomicLong budget = new AtomicLong(Long.MAX_VALUE);

  DiskFullDirectory(Directory in) {
    super(in);
  }

  /** From now on, only {@code bytes} more bytes fit. */
  void fillUpAfter(long bytes) {
    budget.set(bytes);
  }

  @Override
  public IndexOutput createOutput(String name, IOContext context) throws IOException {
    spend(0);
    return new Limited(in.createOutput(name, context));
  }

  @Override
  public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
    spend(0);
    return new Limited(in.createTempOutput(prefix, suffix, context));
  }

  private void spend(long bytes) throws IOException {
    if (budget.addAndGet(-bytes) < 0) {
      budget.set(-1);
      throw new IOException(MESSAGE);
    }
  }

  private final class Limited extends FilterIndexOutput {
    Limited(IndexOutput out) {
      super("disk-full(" + out + ")", out.getName(), out);
    }

    @Override
    public void writeByte(byte b) throws IOException {
      spend(1);
      out.writeByte(b);
    }

    @Override
    public void writeBytes(byte[] b, int offset, int length) throws IOException {
      spend(length);
      out.writeBytes(b, offset, length);
    }
  }
}
