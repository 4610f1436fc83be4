/**
 * The index schema (every field and how it is indexed) and the writer that turns articles into Lucene documents.
 */
package org.fahras.index;
