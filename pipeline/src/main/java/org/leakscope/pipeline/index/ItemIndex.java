package org.leakscope.pipeline.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.leakscope.classifiers.ClassificationResult;
import org.leakscope.pipeline.extract.ExtractedItem;

/**
 * The Lucene index in DIR/index: one document per item, or per part of an item whose text came in parts (each
 * with the item's doc_id and its part number). An item's first document is written with {@code updateDocument}
 * keyed by doc_id, so re-processing a file after a restart replaces its documents instead of adding them twice.
 * Thread-safe (IndexWriter is).
 */
public final class ItemIndex implements AutoCloseable {

    private final IndexWriter writer;

    public ItemIndex(Path dir, double ramBufferMb) {
        try {
            IndexWriterConfig cfg = new IndexWriterConfig(IndexFields.analyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(ramBufferMb);
            this.writer = new IndexWriter(FSDirectory.open(dir), cfg);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the index in " + dir + ": " + e.getMessage(), e);
        }
    }

    public void add(ExtractedItem item, ClassificationResult result) throws IOException {
        add(item, result, 0);
    }

    /** @param part 0 for an item's first (or only) part of text, 1, 2 ... for the parts that follow */
    public void add(ExtractedItem item, ClassificationResult result, int part) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.DOC_ID, item.docId(), Field.Store.YES));
        doc.add(new StringField(IndexFields.PATH, item.path(), Field.Store.YES));
        if (item.mediaType() != null) {
            doc.add(new StringField(IndexFields.MEDIA_TYPE, item.mediaType(), Field.Store.YES));
        }
        doc.add(new StringField(IndexFields.STATUS, item.status().name(), Field.Store.YES));
        if (item.sha256() != null) {
            doc.add(new StringField(IndexFields.SHA256, item.sha256(), Field.Store.YES));
        }
        for (String t : result.piiTypes()) {
            doc.add(new StringField(IndexFields.PII, t, Field.Store.YES));
        }
        for (String m : result.markings()) {
            doc.add(new StringField(IndexFields.MARKINGS, m, Field.Store.YES));
        }
        doc.add(new TextField(IndexFields.TEXT, item.text(), Field.Store.YES));
        if (part == 0) {
            writer.updateDocument(new Term(IndexFields.DOC_ID, item.docId()), doc);
        } else {
            doc.add(new StoredField(IndexFields.PART, part));
            writer.addDocument(doc);
        }
    }

    public void commit() throws IOException {
        writer.commit();
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
