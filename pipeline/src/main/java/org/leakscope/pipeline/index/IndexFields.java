package org.leakscope.pipeline.index;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * The fields of the item index and the one analyzer that writes and queries them. Codes, ids and
 * types are keywords, so {@code markings:US_SECRET} matches exactly; the text is analysed with CJK
 * bigrams so Japanese and Latin text are both searchable without a dictionary.
 */
public final class IndexFields {

    public static final String DOC_ID = "doc_id";
    public static final String PATH = "path";
    public static final String MEDIA_TYPE = "media_type";
    public static final String STATUS = "status";
    public static final String SHA256 = "sha256";
    public static final String PII = "pii";
    public static final String MARKINGS = "markings";
    public static final String TEXT = "text";
    /** Stored only, on the documents of an item's second and later parts of text: 1, 2 ... */
    public static final String PART = "part";

    private IndexFields() {
    }

    public static Analyzer analyzer() {
        KeywordAnalyzer keyword = new KeywordAnalyzer();
        return new PerFieldAnalyzerWrapper(new CJKAnalyzer(), Map.of(DOC_ID, keyword, PATH, keyword,
                MEDIA_TYPE, keyword, STATUS, keyword, SHA256, keyword, PII, keyword, MARKINGS, keyword));
    }
}
