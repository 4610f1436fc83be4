package org.fahras.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * A minimal retrieval evaluation for comparing analyzers: BM25 over title and text in memory, each query one
 * disjunction of its analyzed terms over both fields, scored with MRR@10 and MAP@100 against TREC qrels. The data
 * folder holds {@code docs.jsonl} ({@code {"id","title","text"}}), {@code queries.tsv} and {@code qrels.txt}.
 */
final class RetrievalHarness {
  /** Mean reciprocal rank of the first relevant document in the top 10, and mean average precision at 100. */
  record Scores(double mrrAt10, double mapAt100) {}

  private static final String ID = "id";
  private static final String TITLE = "title";
  private static final String TEXT = "text";

  private RetrievalHarness() {}

  static Scores evaluate(Path dataDir, Analyzer analyzer) throws IOException {
    Map<String, Set<String>> qrels = readQrels(dataDir.resolve("qrels.txt"));
    try (Directory directory = new ByteBuffersDirectory()) {
      index(dataDir.resolve("docs.jsonl"), analyzer, directory);
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new BM25Similarity());
        StoredFields stored = searcher.storedFields();
        double mrr = 0;
        double map = 0;
        int queries = 0;
        for (String line : Files.readAllLines(dataDir.resolve("queries.tsv"), StandardCharsets.UTF_8)) {
          String[] columns = line.split("\t", 2);
          Set<String> relevant = qrels.get(columns[0]);
          if (columns.length < 2 || relevant == null) {
            continue;
          }
          queries++;
          ScoreDoc[] hits = searcher.search(query(analyzer, columns[1]), 100).scoreDocs;
          int found = 0;
          double precisionSum = 0;
          for (int rank = 0; rank < hits.length; rank++) {
            if (relevant.contains(stored.document(hits[rank].doc).get(ID))) {
              found++;
              precisionSum += found / (double) (rank + 1);
              if (found == 1 && rank < 10) {
                mrr += 1.0 / (rank + 1);
              }
            }
          }
          map += precisionSum / relevant.size();
        }
        return new Scores(mrr / queries, map / queries);
      }
    }
  }

  private static void index(Path docs, Analyzer analyzer, Directory directory) throws IOException {
    ObjectMapper json = new ObjectMapper();
    IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity());
    try (IndexWriter writer = new IndexWriter(directory, config);
        BufferedReader reader = Files.newBufferedReader(docs, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = json.readTree(line);
        Document document = new Document();
        document.add(new StringField(ID, node.get(ID).asText(), Field.Store.YES));
        document.add(new TextField(TITLE, node.path(TITLE).asText(""), Field.Store.NO));
        document.add(new TextField(TEXT, node.path(TEXT).asText(""), Field.Store.NO));
        writer.addDocument(document);
      }
    }
  }

  private static BooleanQuery query(Analyzer analyzer, String text) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (AnalyzedToken token : AnalyzedToken.listOf(analyzer, TEXT, text)) {
      for (String field : List.of(TITLE, TEXT)) {
        query.add(new TermQuery(new Term(field, token.term())), BooleanClause.Occur.SHOULD);
      }
    }
    return query.build();
  }

  private static Map<String, Set<String>> readQrels(Path qrels) throws IOException {
    Map<String, Set<String>> relevant = new HashMap<>();
    for (String line : Files.readAllLines(qrels, StandardCharsets.UTF_8)) {
      String[] columns = line.trim().split("\\s+");
      if (columns.length == 4 && Integer.parseInt(columns[3]) > 0) {
        relevant.computeIfAbsent(columns[0], q -> new HashSet<>()).add(columns[2]);
      }
    }
    return relevant;
  }
}
