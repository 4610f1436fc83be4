package org.fahras.peers.solr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.lucene.util.Version;
import org.apache.solr.client.api.util.SolrVersion;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.core.CoreContainer;
import org.apache.solr.core.SolrCore;
import org.fahras.peers.Folders;
import org.fahras.peers.PeerArticle;
import org.fahras.peers.PeerEngine;
import org.fahras.peers.PeerQuery;
import org.fahras.peers.PeerSettings;

/**
 * Solr 9 embedded ({@link EmbeddedSolrServer} over a {@link CoreContainer}): one core per index, made from the
 * {@code fahras} config set (this package's {@code solrconfig.xml} and {@code schema.xml}).
 *
 * <p>Queries are edismax over title and body: any word ({@code mm=0%}), every word ({@code mm=100%}: each word in
 * title or body), or a phrase. Recency multiplies the score by {@code recip(ms(NOW,published),3.16e-11,1,1)} through
 * {@code {!boost}} (half at one year of age), with NOW fixed to the suite's as-of date. The hit count is exact up to
 * the suite's threshold, as Lucene's default top-k search counts for Fahras ({@code minExactCount}).
 */
final class SolrEngine implements PeerEngine {
  private static final String CONFIG_SET = "fahras";
  private static final String RECENCY = "{!boost b=recip(ms(NOW,published),3.16e-11,1,1) v=$qq}";
  private static final String FIELDS = "id,title,source,published";

  private final CoreContainer cores;
  private final EmbeddedSolrServer server;
  private final PeerSettings settings;
  private final String now;

  private SolrEngine(CoreContainer cores, PeerSettings settings) {
    this.cores = cores;
    this.server = new EmbeddedSolrServer(cores, null);
    this.settings = settings;
    this.now = Long.toString(settings.asOf().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
  }

  /** Lays out a Solr home under {@code settings.work()} and starts a node on it. */
  static SolrEngine start(PeerSettings settings) throws IOException {
    Path home = settings.work().resolve("solr-home").toAbsolutePath();
    Folders.delete(home);
    Path conf = home.resolve("configsets").resolve(CONFIG_SET).resolve("conf");
    Files.createDirectories(conf);
    copy("solr.xml", home);
    copy("solrconfig.xml", conf);
    copy("schema.xml", conf);
    return new SolrEngine(CoreContainer.createAndLoad(home), settings);
  }

  @Override
  public String name() {
    return "solr";
  }

  @Override
  public String version() {
    return "Solr " + SolrVersion.LATEST + " on Lucene " + Version.LATEST;
  }

  @Override
  public void create(String index) {
    cores.create(index, Map.of("configSet", CONFIG_SET));
  }

  @Override
  public void add(String index, List<PeerArticle> batch) throws Exception {
    List<SolrInputDocument> documents = new ArrayList<>(batch.size());
    for (PeerArticle article : batch) {
      SolrInputDocument document = new SolrInputDocument();
      document.addField("id", article.id());
      document.addField("title", article.title());
      document.addField("body", article.body());
      if (article.source() != null) {
        document.addField("source", article.source());
      }
      if (article.published() != null) {
        document.addField("published", Date.from(article.published().atStartOfDay(ZoneOffset.UTC).toInstant()));
      }
      documents.add(document);
    }
    server.add(index, documents);
  }

  @Override
  public void commit(String index) throws Exception {
    server.commit(index, true, true);
  }

  @Override
  public void drop(String index) {
    cores.unload(index, true, true, true);
  }

  @Override
  public long sizeBytes(String index) throws IOException {
    try (SolrCore core = cores.getCore(index)) {
      return Folders.size(Path.of(core.getIndexDir()));
    }
  }

  @Override
  public int search(String index, PeerQuery query, boolean recency) throws Exception {
    SolrQuery request = request(query, recency);
    request.setRows(settings.k());
    request.setFields(FIELDS);
    request.set("minExactCount", settings.totalHitsThreshold());
    return server.query(index, request).getResults().size();
  }

  @Override
  public long count(String index, PeerQuery query) throws Exception {
    SolrQuery request = request(query, false);
    request.setRows(0);
    return server.query(index, request).getResults().getNumFound();
  }

  /** The edismax query of {@code query}, wrapped in the recency boost when asked. */
  private SolrQuery request(PeerQuery query, boolean recency) {
    SolrQuery request = new SolrQuery();
    String text = "{!edismax}" + text(query);
    if (recency) {
      request.setQuery(RECENCY);
      request.set("qq", text);
    } else {
      request.setQuery(text);
    }
    request.set("qf", "title body");
    request.set("mm", query.operator() == PeerQuery.Operator.ALL ? "100%" : "0%");
    request.set("NOW", now);
    return request;
  }

  /** The words in Solr's syntax: escaped (a temporal query's "9/2025" is words, not a regular expression). */
  private static String text(PeerQuery query) {
    List<String> words = new ArrayList<>();
    for (String word : query.words()) {
      words.add(ClientUtils.escapeQueryChars(word));
    }
    String text = String.join(" ", words);
    return query.operator() == PeerQuery.Operator.PHRASE ? "\"" + text + "\"" : text;
  }

  @Override
  public void close() throws IOException {
    // A server handed a container leaves shutting it down to whoever made it.
    try (server) {
      cores.shutdown();
    }
  }

  private static void copy(String resource, Path folder) throws IOException {
    try (InputStream in = SolrEngine.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("missing resource " + resource);
      }
      Files.copy(in, folder.resolve(resource), StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
