/**
 * The document model ({@link org.fahras.document.Article}) and readers for JSON Lines and plain-text articles, and for
 * folders that mix them ({@link org.fahras.document.FolderReader}), with header and boilerplate heuristics for text
 * scraped from news pages.
 *
 * <p>Readers stream: each good article and each rejected record goes to a {@link org.fahras.document.ReadListener} as
 * soon as it is read, so memory stays constant and a CLI can show progress. A bad record never costs the good ones;
 * only an input that cannot be read at all throws. A record kept without a field it held (an impossible date) is
 * reported as a {@link org.fahras.document.ReadWarning}.
 *
 * <pre>{@code
 * ArticleReader reader = ArticleReader.forInput(path, tagger::publicationDate);
 * ReadSummary summary = reader.read(path, indexer::add, rejection -> System.err.println(rejection));
 * }</pre>
 */
package org.fahras.document;
