package org.fahras.opensearch;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.fahras.analysis.AnalyzerProfile;
import org.fahras.internal.index.Schema;
import org.fahras.internal.search.Searcher;
import org.fahras.search.QuerySyntaxException;
import org.fahras.search.SearchRequest;
import org.fahras.time.TemporalTagger;
import org.opensearch.core.ParseField;
import org.opensearch.core.common.ParsingException;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;
import org.opensearch.core.xcontent.XContentBuilder;
import org.opensearch.core.xcontent.XContentParser;
import org.opensearch.index.query.AbstractQueryBuilder;
import org.opensearch.index.query.QueryShardContext;
import org.opensearch.index.query.QueryShardException;

/**
 * The {@code fahras} query: a Fahras query string, parsed and ranked on each shard as the embedded engine does it
 * (words, "phrases", -exclusions, OR, {@code source:}, {@code after:}/{@code before:}, and the times the query names),
 * scored as BM25 plus the date score of {@code published} and {@code mentions}.
 *
 * <pre>{@code
 * {"fahras": {"query": "سحب القوات سبتمبر ٢٠٢٥", "as_of": "2024-10-01",
 *             "recency_half_life_days": 30, "recency_weight": 0.1,
 *             "intent_weight": 0.25, "mention_weight": 0.15, "require_all_words": false}}
 * }</pre>
 *
 * <p>Only {@code query} is required. {@code as_of} defaults to the day (UTC) of the search request's own "now", the
 * one instant OpenSearch fixes for every shard of a request; the weights default to Fahras's ({@link SearchRequest}).
 * Immutable.
 */
public final class FahrasQueryBuilder extends AbstractQueryBuilder<FahrasQueryBuilder> {
  /** The query's name in the DSL. */
  public static final String NAME = "fahras";

  private static final ParseField QUERY = new ParseField("query");
  private static final ParseField AS_OF = new ParseField("as_of");
  private static final ParseField HALF_LIFE = new ParseField("recency_half_life_days");
  private static final ParseField RECENCY_WEIGHT = new ParseField("recency_weight");
  private static final ParseField INTENT_WEIGHT = new ParseField("intent_weight");
  private static final ParseField MENTION_WEIGHT = new ParseField("mention_weight");
  private static final ParseField REQUIRE_ALL_WORDS = new ParseField("require_all_words");

  /** The schema of the {@code fahras} profile: the field names the mapping must use. */
  private static final Schema SCHEMA = new Schema(AnalyzerProfile.FAHRAS);
  /** Parses and plans; it holds no per-search state, so every shard of the node shares it. */
  private static final Searcher PLANNER = new Searcher(SCHEMA, SCHEMA.newAnalyzer(), new TemporalTagger());

  private final String query;
  private LocalDate asOf;
  private Double recencyHalfLifeDays;
  private Double recencyWeight;
  private Double intentWeight;
  private Double mentionWeight;
  private boolean requireAllWords;

  /** A query for {@code query} with every other setting at its default. */
  public FahrasQueryBuilder(String query) {
    this.query = Objects.requireNonNull(query, "query");
  }

  /** Reads a query another node sent. */
  public FahrasQueryBuilder(StreamInput in) throws IOException {
    super(in);
    query = in.readString();
    String day = in.readOptionalString();
    asOf = day == null ? null : LocalDate.parse(day);
    recencyHalfLifeDays = in.readOptionalDouble();
    recencyWeight = in.readOptionalDouble();
    intentWeight = in.readOptionalDouble();
    mentionWeight = in.readOptionalDouble();
    requireAllWords = in.readBoolean();
  }

  @Override
  protected void doWriteTo(StreamOutput out) throws IOException {
    out.writeString(query);
    out.writeOptionalString(asOf == null ? null : asOf.toString());
    out.writeOptionalDouble(recencyHalfLifeDays);
    out.writeOptionalDouble(recencyWeight);
    out.writeOptionalDouble(intentWeight);
    out.writeOptionalDouble(mentionWeight);
    out.writeBoolean(requireAllWords);
  }

  /** The day recency and relative times are measured from; null for the request's own day. */
  public FahrasQueryBuilder asOf(LocalDate day) {
    this.asOf = day;
    return this;
  }

  /** The age at which recency falls to half its weight; 0 turns recency off. */
  public FahrasQueryBuilder recencyHalfLifeDays(double days) {
    this.recencyHalfLifeDays = days;
    return this;
  }

  /** The recency of an article of the as-of day, as a share of the query's text-score bound. */
  public FahrasQueryBuilder recencyWeight(double weight) {
    this.recencyWeight = weight;
    return this;
  }

  /** The boosts of an article published in, and of one that mentions, the time the query names. */
  public FahrasQueryBuilder intentWeights(double published, double mentioned) {
    this.intentWeight = published;
    this.mentionWeight = mentioned;
    return this;
  }

  /** True to require every word (AND) instead of ranking by how many match (OR). */
  public FahrasQueryBuilder requireAllWords(boolean requireAll) {
    this.requireAllWords = requireAll;
    return this;
  }

  /** The name the query travels under between nodes: {@value #NAME}. */
  @Override
  public String getWriteableName() {
    return NAME;
  }

  @Override
  protected void doXContent(XContentBuilder builder, Params params) throws IOException {
    builder.startObject(NAME);
    builder.field(QUERY.getPreferredName(), query);
    if (asOf != null) {
      builder.field(AS_OF.getPreferredName(), asOf.toString());
    }
    optionalField(builder, HALF_LIFE, recencyHalfLifeDays);
    optionalField(builder, RECENCY_WEIGHT, recencyWeight);
    optionalField(builder, INTENT_WEIGHT, intentWeight);
    optionalField(builder, MENTION_WEIGHT, mentionWeight);
    builder.field(REQUIRE_ALL_WORDS.getPreferredName(), requireAllWords);
    printBoostAndQueryName(builder);
    builder.endObject();
  }

  private static void optionalField(XContentBuilder builder, ParseField field, Double value) throws IOException {
    if (value != null) {
      builder.field(field.getPreferredName(), value.doubleValue());
    }
  }

  /** Parses the body of {@code {"fahras": {…}}}. */
  public static FahrasQueryBuilder fromXContent(XContentParser parser) throws IOException {
    String query = null;
    LocalDate asOf = null;
    Double halfLife = null;
    Double recency = null;
    Double intent = null;
    Double mention = null;
    boolean requireAll = false;
    float boost = DEFAULT_BOOST;
    String queryName = null;
    String field = null;
    XContentParser.Token token;
    while ((token = parser.nextToken()) != XContentParser.Token.END_OBJECT) {
      if (token == XContentParser.Token.FIELD_NAME) {
        field = parser.currentName();
      } else if (token.isValue()) {
        if (QUERY.match(field, parser.getDeprecationHandler())) {
          query = parser.text();
        } else if (AS_OF.match(field, parser.getDeprecationHandler())) {
          asOf = day(parser);
        } else if (HALF_LIFE.match(field, parser.getDeprecationHandler())) {
          halfLife = parser.doubleValue();
        } else if (RECENCY_WEIGHT.match(field, parser.getDeprecationHandler())) {
          recency = parser.doubleValue();
        } else if (INTENT_WEIGHT.match(field, parser.getDeprecationHandler())) {
          intent = parser.doubleValue();
        } else if (MENTION_WEIGHT.match(field, parser.getDeprecationHandler())) {
          mention = parser.doubleValue();
        } else if (REQUIRE_ALL_WORDS.match(field, parser.getDeprecationHandler())) {
          requireAll = parser.booleanValue();
        } else if (BOOST_FIELD.match(field, parser.getDeprecationHandler())) {
          boost = parser.floatValue();
        } else if (NAME_FIELD.match(field, parser.getDeprecationHandler())) {
          queryName = parser.text();
        } else {
          throw new ParsingException(parser.getTokenLocation(), "[" + NAME + "] does not support [" + field + "]");
        }
      } else {
        throw new ParsingException(parser.getTokenLocation(), "[" + NAME + "] unexpected token [" + token + "]");
      }
    }
    if (query == null) {
      throw new ParsingException(parser.getTokenLocation(), "[" + NAME + "] requires [" + QUERY.getPreferredName() + "]");
    }
    FahrasQueryBuilder builder = new FahrasQueryBuilder(query).asOf(asOf).requireAllWords(requireAll);
    builder.recencyHalfLifeDays = halfLife;
    builder.recencyWeight = recency;
    builder.intentWeight = intent;
    builder.mentionWeight = mention;
    return builder.boost(boost).queryName(queryName);
  }

  private static LocalDate day(XContentParser parser) throws IOException {
    try {
      return LocalDate.parse(parser.text());
    } catch (DateTimeParseException e) {
      throw new ParsingException(
          parser.getTokenLocation(), "[" + NAME + "] [" + AS_OF.getPreferredName() + "] must be a day like 2024-10-01", e);
    }
  }

  /** The core request this query runs on every shard: collapse, snippets and histograms are OpenSearch's business. */
  SearchRequest request(LocalDate defaultAsOf) {
    SearchRequest.Builder request =
        SearchRequest.builder(query, asOf == null ? defaultAsOf : asOf)
            .requireAllWords(requireAllWords)
            .collapseDuplicates(false)
            .snippets(false);
    if (recencyHalfLifeDays != null) {
      request.recencyHalfLifeDays(recencyHalfLifeDays);
    }
    if (recencyWeight != null) {
      request.recencyWeight(recencyWeight);
    }
    if (intentWeight != null || mentionWeight != null) {
      SearchRequest defaults = SearchRequest.builder(query, defaultAsOf).build();
      request.intentWeights(
          intentWeight == null ? defaults.intentWeight() : intentWeight,
          mentionWeight == null ? defaults.mentionWeight() : mentionWeight);
    }
    return request.build();
  }

  /**
   * Plans the request with fahras-core, as the embedded engine does: the text query with its filters, inside core's
   * {@link org.fahras.search.DateAwareQuery} when it ranks by date. That query scales its date weights by the text
   * statistics the shard searcher gives (index-wide under {@code dfs_query_then_fetch}) and keeps top-k skipping on an
   * index sorted by {@code published} descending. Mentions are read through {@code long_range} points: OpenSearch's
   * range doc values are not core's.
   */
  @Override
  protected Query doToQuery(QueryShardContext context) {
    LocalDate today = LocalDate.ofInstant(Instant.ofEpochMilli(context.nowInMillis()), ZoneOffset.UTC);
    try {
      Query planned = PLANNER.query(request(today), FahrasQueryBuilder::mentionsWithin);
      return planned == null ? new MatchNoDocsQuery("the Fahras query asks for nothing") : planned;
    } catch (QuerySyntaxException e) {
      throw new QueryShardException(context, "[" + NAME + "] " + e.getMessage(), e);
    }
  }

  /** Articles whose body mentions a time inside {@code [from, until)}: a within query on the inclusive day ranges. */
  private static Query mentionsWithin(long from, long until) {
    return LongRange.newWithinQuery(Schema.MENTIONS, new long[] {from}, new long[] {until - 1});
  }

  @Override
  protected boolean doEquals(FahrasQueryBuilder other) {
    return query.equals(other.query)
        && Objects.equals(asOf, other.asOf)
        && Objects.equals(recencyHalfLifeDays, other.recencyHalfLifeDays)
        && Objects.equals(recencyWeight, other.recencyWeight)
        && Objects.equals(intentWeight, other.intentWeight)
        && Objects.equals(mentionWeight, other.mentionWeight)
        && requireAllWords == other.requireAllWords;
  }

  @Override
  protected int doHashCode() {
    return Objects.hash(
        query, asOf, recencyHalfLifeDays, recencyWeight, intentWeight, mentionWeight, requireAllWords);
  }
}
