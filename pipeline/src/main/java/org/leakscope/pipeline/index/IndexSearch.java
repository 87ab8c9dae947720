package org.leakscope.pipeline.index;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/** {@code leakscope search}: runs a Lucene query over DIR/index and prints paths with a highlighted snippet. */
public final class IndexSearch {

    private IndexSearch() {
    }

    /** Thrown for a query that does not parse; the message is one line for the user. */
    public static final class BadQueryException extends Exception {
        public BadQueryException(String message) {
            super(message);
        }
    }

    private static final int SNIPPET_CHARS = 240;

    /** A passage can be a whole table without sentence breaks: show the text around the first hit only. */
    static String around(String snippet, int width) {
        if (snippet.length() <= width) {
            return snippet;
        }
        int hit = Math.max(0, snippet.indexOf("**"));
        int from = Math.max(0, hit - width / 3);
        int to = Math.min(snippet.length(), from + width);
        return (from > 0 ? "..." : "") + snippet.substring(from, to) + (to < snippet.length() ? "..." : "");
    }

    /** Hits counted this far are counted by item: the parts of a long text are one item. */
    private static final int COUNTED_BY_ITEM = 100_000;

    /** The items among {@code hits} matching documents: each part of a long text is a document of its own. */
    private static long items(IndexSearcher searcher, Query query, long hits) throws IOException {
        if (hits == 0 || hits > COUNTED_BY_ITEM) {
            return hits;
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
        var stored = searcher.storedFields();
        for (ScoreDoc sd : searcher.search(query, (int) hits).scoreDocs) {
            ids.add(stored.document(sd.doc, java.util.Set.of(IndexFields.DOC_ID)).get(IndexFields.DOC_ID));
        }
        return ids.size();
    }

    /** @return the number of items that matched (documents, beyond {@value #COUNTED_BY_ITEM}) */
    public static long search(Path indexDir, String queryText, int limit, PrintStream out)
            throws IOException, BadQueryException {
        return search(indexDir, queryText, limit, out, UnaryOperator.identity());
    }

    /** @param mask applied to each snippet before it is printed (e.g. {@link SnippetMasker}) */
    public static long search(Path indexDir, String queryText, int limit, PrintStream out, UnaryOperator<String> mask)
            throws IOException, BadQueryException {
        if (!Files.isDirectory(indexDir)) {
            throw new IOException("no index in " + indexDir + " (run assess first)");
        }
        Analyzer analyzer = IndexFields.analyzer();
        Query query;
        try {
            QueryParser parser = new QueryParser(IndexFields.TEXT, analyzer);
            parser.setDefaultOperator(QueryParser.Operator.AND);
            query = parser.parse(queryText);
        } catch (ParseException e) {
            throw new BadQueryException("cannot parse query \"" + queryText + "\": "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            TopDocs top = searcher.search(query, limit);
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new DefaultPassageFormatter("**", "**", "... ", false))
                    .withMaxLength(1_000_000)
                    .build();
            String[] snippets = highlighter.highlight(IndexFields.TEXT, query, top, 1);
            java.util.Set<String> shown = new java.util.HashSet<>();
            for (int i = 0; i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                Document doc = searcher.storedFields().document(sd.doc);
                if (!shown.add(doc.get(IndexFields.DOC_ID))) {
                    continue; // another part of a long text already shown: its best snippet came first
                }
                out.println(doc.get(IndexFields.PATH));
                String snippet = snippets[i];
                if (snippet == null || snippet.isBlank()) {
                    String[] marks = doc.getValues(IndexFields.MARKINGS);
                    String[] pii = doc.getValues(IndexFields.PII);
                    snippet = "markings: " + String.join(";", marks) + "  pii: " + String.join(";", pii);
                }
                out.println("    " + mask.apply(around(snippet.replaceAll("\\s+", " ").strip(), SNIPPET_CHARS)));
            }
            long total = items(searcher, query, top.totalHits.value);
            out.println(total + (total == 1 ? " item" : " items") + " matched");
            return total;
        }
    }
}
