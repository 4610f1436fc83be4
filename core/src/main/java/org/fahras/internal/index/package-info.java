/**
 * The index schema (every field and how it is indexed), the writer that turns articles into Lucene documents, the
 * index's recorded profile and format, the near-duplicate signature and the query on mentioned dates.
 *
 * <p>Internal: not exported by the {@code org.fahras.core} module. Embedders index and search through
 * {@link org.fahras.Fahras}; the OpenSearch plugin and the benchmarks, on the class path, use it directly.
 */
package org.fahras.internal.index;
