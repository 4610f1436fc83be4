/**
 * Fahras: Arabic news search on Apache Lucene. The entry point is the {@code Fahras} facade; the subpackages hold the pieces a user may also take one by one.
 */
package org.fahras;
