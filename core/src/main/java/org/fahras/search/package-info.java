/**
 * Query parsing, date-aware ranking that keeps Lucene's top-k skipping, near-duplicate collapse, highlighting and the date histogram.
 */
package org.fahras.search;
