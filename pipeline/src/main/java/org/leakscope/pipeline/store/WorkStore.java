package org.leakscope.pipeline.store;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.leakscope.classifiers.ClassificationResult;
import org.leakscope.classifiers.RiskRater;
import org.leakscope.classifiers.model.Category;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.classifiers.resolve.ItemFindings;
import org.leakscope.classifiers.resolve.Subject;
import org.leakscope.pipeline.extract.ExtractedItem;
import org.leakscope.reports.DocumentRow;
import org.leakscope.classifiers.obligations.ObligationTotal;
import org.leakscope.reports.FindingRow;
import org.leakscope.reports.NoticeRow;
import org.leakscope.reports.ObligationSummary;
import org.leakscope.reports.RiskyDocument;
import org.leakscope.reports.ManifestRow;
import org.leakscope.reports.MarkedDocumentRow;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The work tables of one run (files, items, findings, subjects) in the job database. All SQL of
 * leakscope lives here; it runs on H2 and PostgreSQL alike.
 */
public final class WorkStore {

    private final JdbcTemplate jdbc;

    public WorkStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new run starts from empty tables. */
    public void resetAll() {
        for (String t : List.of("ls_obligation", "ls_subject_obligation", "ls_subject_doc", "ls_subject", "ls_finding_block", "ls_item", "ls_file")) {
            jdbc.update("DELETE FROM " + t);
        }
    }

    public void insertFiles(List<FileRow> files) {
        jdbc.batchUpdate("INSERT INTO ls_file (file_no, path, abs_path, size_bytes, modified) VALUES (?,?,?,?,?)",
                files, files.size(), (ps, f) -> {
                    ps.setLong(1, f.fileNo());
                    ps.setString(2, f.path());
                    ps.setString(3, f.absPath());
                    ps.setLong(4, f.sizeBytes());
                    ps.setString(5, f.modified());
                });
    }

    public long countFiles() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ls_file", Long.class);
    }

    /** (file_no, size + per-file cost) of every crawled file in file_no order: the weights partitions are cut by. */
    public List<long[]> fileWeights(long fileCost) {
        return jdbc.query("SELECT file_no, COALESCE(size_bytes, 0) FROM ls_file ORDER BY file_no",
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2) + fileCost});
    }

    /** How far the extract step is, wherever its partitions run: files done, their bytes, unreadable items. */
    public record Progress(long files, long bytes, long unreadable) {
    }

    public Progress progress(String notAssessedStatuses) {
        return jdbc.queryForObject("SELECT COUNT(*), COALESCE(SUM(f.size_bytes), 0),"
                + " (SELECT COUNT(*) FROM ls_item WHERE status IN " + notAssessedStatuses + ")"
                + " FROM ls_file f WHERE EXISTS (SELECT 1 FROM ls_item i WHERE i.file_no = f.file_no)",
                (rs, n) -> new Progress(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
    }

    /**
     * One item and what the classifiers found in it. For an item whose text came in parts, {@code result} holds
     * the last part's findings and the whole item's codes and language; the earlier parts' findings are stored
     * already ({@link #insertFindingBlocks}): {@code firstBlock} blocks of them, {@code earlierPii} PII findings.
     */
    public record ItemRecord(ExtractedItem item, ClassificationResult result, int firstBlock, int earlierPii) {

        public ItemRecord(ExtractedItem item, ClassificationResult result) {
            this(item, result, 0, 0);
        }
    }

    /** Replaces everything stored for a file: a re-processed file (after a restart) never duplicates rows. */
    public void replaceFileItems(long fileNo, List<ItemRecord> records) {
        clearFile(fileNo);
        insertItems(fileNo, records);
    }

    /** Removes what is stored for a file's items, before the file is read (again, after a restart). */
    public void clearFile(long fileNo) {
        jdbc.update("DELETE FROM ls_finding_block WHERE doc_id IN (SELECT doc_id FROM ls_item WHERE file_no = ?)", fileNo);
        jdbc.update("DELETE FROM ls_item WHERE file_no = ?", fileNo);
    }

    /** Stores a file's items and their findings (after {@link #clearFile}). */
    public void insertItems(long fileNo, List<ItemRecord> records) {
        jdbc.batchUpdate("INSERT INTO ls_item (doc_id, file_no, parent_id, path, depth, sha256, media_type, size_bytes,"
                + " status, status_detail, text_truncated, language, markings, highest_marking, pii_types, pii_count,"
                + " subject_count) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)", records, 100, (ps, r) -> {
                    ExtractedItem it = r.item();
                    ClassificationResult c = r.result();
                    ps.setString(1, it.docId());
                    ps.setLong(2, fileNo);
                    ps.setString(3, it.parentDocId());
                    ps.setString(4, it.path());
                    ps.setInt(5, it.depth());
                    ps.setString(6, it.sha256());
                    ps.setString(7, it.mediaType());
                    ps.setLong(8, it.sizeBytes());
                    ps.setString(9, it.status().name());
                    ps.setString(10, truncate(it.statusDetail(), 2000));
                    ps.setBoolean(11, it.textTruncated());
                    ps.setString(12, c.language());
                    ps.setString(13, Codes.join(c.markings()));
                    ps.setString(14, c.highestMarking());
                    ps.setString(15, Codes.join(c.piiTypes()));
                    ps.setInt(16, r.earlierPii()
                            + (int) c.findings().stream().filter(f -> f.category() == Category.PII).count());
                });
        List<Object[]> blocks = new ArrayList<>();
        for (ItemRecord r : records) {
            addBlocks(r.item().docId(), r.firstBlock(), r.result().findings(), 0, blocks);
        }
        jdbc.batchUpdate("INSERT INTO ls_finding_block (doc_id, block, findings, data) VALUES (?,?,?,?)", blocks);
    }

    /**
     * Stores the findings of one part of an item's text as blocks {@code firstBlock}, ..., their offsets moved by
     * {@code offsetBase} (the text before the part); returns how many blocks.
     */
    public int insertFindingBlocks(String docId, int firstBlock, List<Finding> findings, int offsetBase) {
        List<Object[]> blocks = new ArrayList<>();
        addBlocks(docId, firstBlock, findings, offsetBase, blocks);
        jdbc.batchUpdate("INSERT INTO ls_finding_block (doc_id, block, findings, data) VALUES (?,?,?,?)", blocks);
        return blocks.size();
    }

    private static void addBlocks(String docId, int firstBlock, List<Finding> findings, int offsetBase,
                                  List<Object[]> blocks) {
        List<Finding> stored = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            int offset = (int) Math.min(Integer.MAX_VALUE, (long) f.offset() + offsetBase);
            stored.add(new Finding(f.category(), f.type(), truncate(f.value(), MAX_VALUE), truncate(f.masked(),
                    MAX_VALUE), f.confidence(), f.location(), f.detector(), f.recordKey(), offset));
        }
        List<byte[]> encoded = FindingBlocks.encode(stored);
        for (int b = 0; b < encoded.size(); b++) {
            blocks.add(new Object[] {docId, firstBlock + b, FindingBlocks.count(encoded.get(b)), encoded.get(b)});
        }
    }

    /** A finding's value and masked value are cut to this many characters when stored. */
    private static final int MAX_VALUE = 4000;

    /** Every finding of an item, in order. */
    private void forEachFinding(String docId, java.util.function.Consumer<Finding> out) {
        findingsOf(docId, f -> f).forEachRemaining(out);
    }

    /**
     * An item's findings in order, read {@value #BLOCKS_PER_READ} blocks at a time as they are taken: the item of a
     * big dump has millions of findings in thousands of blocks of tens of kilobytes, which one query would hold at
     * once (H2 keeps a result of that many rows in memory).
     */
    private <T> java.util.Iterator<T> findingsOf(String docId, java.util.function.Function<Finding, T> as) {
        Integer blocks = jdbc.queryForObject("SELECT MAX(block) + 1 FROM ls_finding_block WHERE doc_id = ?",
                Integer.class, docId);
        int reads = blocks == null ? 0 : (blocks + BLOCKS_PER_READ - 1) / BLOCKS_PER_READ;
        return new Concat<>(java.util.stream.IntStream.range(0, reads).iterator(), r -> {
            List<T> part = new ArrayList<>();
            jdbc.query("SELECT data FROM ls_finding_block WHERE doc_id = ? AND block >= ? AND block < ? ORDER BY block",
                    rs -> {
                        FindingBlocks.decode(rs.getBytes(1), f -> part.add(as.apply(f)));
                    }, docId, r * BLOCKS_PER_READ, (r + 1) * BLOCKS_PER_READ);
            return part.iterator();
        });
    }

    /**
     * The elements of one source after the other, each source opened when the one before is used up. Not
     * Stream.flatMap: a flat-mapped stream read through iterator() (as the CSV writers read) takes in all of a
     * source's elements at once.
     */
    private static final class Concat<S, T> implements java.util.Iterator<T> {
        private final java.util.Iterator<S> sources;
        private final java.util.function.Function<S, java.util.Iterator<T>> open;
        private java.util.Iterator<T> current = java.util.Collections.emptyIterator();

        Concat(java.util.Iterator<S> sources, java.util.function.Function<S, java.util.Iterator<T>> open) {
            this.sources = sources;
            this.open = open;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && sources.hasNext()) {
                current = open.apply(sources.next());
            }
            return current.hasNext();
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            return current.next();
        }
    }

    private static final int BLOCKS_PER_READ = 32;

    /** duplicate_of: the first item (by path) with the same bytes. */
    public void markDuplicates() {
        jdbc.update("UPDATE ls_item SET duplicate_of = NULL");
        Map<String, String> first = new HashMap<>();
        List<Object[]> updates = new ArrayList<>();
        jdbc.query("SELECT doc_id, sha256 FROM ls_item WHERE sha256 IS NOT NULL ORDER BY path, doc_id", rs -> {
            String id = rs.getString(1);
            String sha = rs.getString(2);
            String original = first.putIfAbsent(sha, id);
            if (original != null) {
                updates.add(new Object[] {original, id});
            }
        });
        jdbc.batchUpdate("UPDATE ls_item SET duplicate_of = ? WHERE doc_id = ?", updates);
    }

    /**
     * The PII findings of the items that are not duplicates, item by item in ascending doc id order: the input of
     * the people resolution ({@link org.leakscope.classifiers.resolve.ItemFindings}). An item's findings are read
     * {@value #BLOCKS_PER_READ} blocks at a time as the resolver takes them, without what linking does not read
     * (masked value, detector, a table cell's location): one item may be a roster of millions of cells.
     */
    public void forEachDistinctItemPii(BiConsumer<String, ItemFindings.Findings> item) {
        List<String> docIds = jdbc.queryForList("SELECT doc_id FROM ls_item WHERE duplicate_of IS NULL", String.class);
        // sorted here: the resolver's order is Java's string order, which a database collation need not be
        docIds.sort(null);
        for (String docId : docIds) {
            item.accept(docId, each -> forEachFinding(docId, f -> {
                if (f.category() == Category.PII) {
                    each.accept(new Finding(Category.PII, f.type(), f.value(), null, f.confidence(),
                            f.recordKey() != null ? null : f.location(), null, f.recordKey(), f.offset()));
                }
            }));
        }
    }

    /** Replaces every person with {@code subjects} (as {@link #replaceSubjects()}). */
    public void replaceSubjects(List<Subject> subjects) {
        try (SubjectRows rows = replaceSubjects()) {
            subjects.forEach(rows::add);
        }
    }

    /**
     * Replaces every person: the persons are added one by one as the resolver hands them over (in id order) and
     * inserted a batch at a time, so no list of all people is held. Close it to insert the last batch.
     */
    public SubjectRows replaceSubjects() {
        jdbc.update("DELETE FROM ls_subject_obligation");
        jdbc.update("DELETE FROM ls_subject_doc");
        jdbc.update("DELETE FROM ls_subject");
        return new SubjectRows();
    }

    /** ls_subject rows with their ls_subject_doc links and ls_subject_obligation rows, inserted in batches. */
    public final class SubjectRows implements AutoCloseable {

        private final List<Subject> subjects = new ArrayList<>(SUBJECT_BATCH);
        // a run's links are many more than its people (458k links for 313k people)
        private final List<Object[]> links = new ArrayList<>(LINK_BATCH);
        private final ObligationRows obligations = new ObligationRows();
        private long count;

        private SubjectRows() {
        }

        public void add(Subject s) {
            count++;
            subjects.add(s);
            if (subjects.size() == SUBJECT_BATCH) {
                flushSubjects();
            }
            obligations.add(s.subjectId(), s.obligations());
            for (String d : s.docIds()) {
                links.add(new Object[] {s.subjectId(), d});
                flushAt(LINK_BATCH, "INSERT INTO ls_subject_doc (subject_id, doc_id) VALUES (?,?)", links);
            }
        }

        /** How many persons were added. */
        public long count() {
            return count;
        }

        private void flushSubjects() {
            if (subjects.isEmpty()) {
                return;
            }
            jdbc.batchUpdate("INSERT INTO ls_subject (subject_id, name, emails, phones, postal_address, jurisdictions,"
                    + " data_elements, sensitive) VALUES (?,?,?,?,?,?,?,?)", subjects, SUBJECT_BATCH, (ps, s) -> {
                        ps.setString(1, s.subjectId());
                        ps.setString(2, truncate(s.name(), 1000));
                        ps.setString(3, truncate(Codes.join(s.emails()), 4000));
                        ps.setString(4, truncate(Codes.join(s.phones()), 4000));
                        ps.setString(5, truncate(s.postalAddress(), 2000));
                        ps.setString(6, Codes.join(s.jurisdictions()));
                        ps.setString(7, Codes.join(s.dataElements()));
                        ps.setBoolean(8, s.sensitive());
                    });
            subjects.clear();
        }

        @Override
        public void close() {
            flushSubjects();
            obligations.close();
            flushAt(1, "INSERT INTO ls_subject_doc (subject_id, doc_id) VALUES (?,?)", links);
        }
    }

    private static final int SUBJECT_BATCH = 500;
    private static final int LINK_BATCH = 1000;

    /** Inserts and clears the rows once they are {@code size} or more. */
    private void flushAt(int size, String sql, List<Object[]> rows) {
        if (rows.size() >= size) {
            jdbc.batchUpdate(sql, rows);
            rows.clear();
        }
    }

    /** subject_count and risk of every item, from its findings and the people linked to it. */
    public void assessItems() {
        Map<String, Integer> subjectCounts = new HashMap<>();
        jdbc.query("SELECT doc_id, COUNT(*) FROM ls_subject_doc GROUP BY doc_id",
                rs -> {
                    subjectCounts.put(rs.getString(1), rs.getInt(2));
                });
        // a duplicate exposes the same people as its original
        List<Object[]> updates = new ArrayList<>();
        jdbc.query("SELECT doc_id, duplicate_of, pii_types, markings FROM ls_item", rs -> {
            String id = rs.getString(1);
            String original = rs.getString(2);
            int subjects = subjectCounts.getOrDefault(original != null ? original : id, 0);
            String risk = RiskRater.rate(Codes.split(rs.getString(3)), Codes.split(rs.getString(4)), subjects).name();
            updates.add(new Object[] {subjects, risk, id});
        });
        jdbc.batchUpdate("UPDATE ls_item SET subject_count = ?, risk = ? WHERE doc_id = ?", updates);
    }

    /** Every marking code of every item: what regime-level rules (DFARS, MoD) look at. */
    public java.util.Set<String> markingsPresent() {
        return new java.util.TreeSet<>(countCodes("SELECT markings FROM ls_item WHERE markings IS NOT NULL").keySet());
    }

    /**
     * Replaces every person's obligations: the assess step adds each person's codes as the rules decide them and
     * they are inserted a batch at a time, so no map of all people is built. Close it to insert the last batch.
     */
    public ObligationRows replaceSubjectObligations() {
        jdbc.update("DELETE FROM ls_subject_obligation");
        return new ObligationRows();
    }

    /** The totals per regime for summary.json and the report. */
    public void replaceObligationTotals(List<ObligationTotal> totals) {
        jdbc.update("DELETE FROM ls_obligation");
        jdbc.batchUpdate("INSERT INTO ls_obligation (code, subjects, deadline, deadlines, recipient, basis)"
                + " VALUES (?,?,?,?,?,?)", totals, 100, (ps, o) -> {
                    ps.setString(1, o.code());
                    ps.setInt(2, o.subjects());
                    ps.setString(3, o.deadline() == null ? null : o.deadline().toString());
                    ps.setString(4, o.deadlines() == null ? null : truncate(String.join("\n", o.deadlines()), 2000));
                    ps.setString(5, truncate(o.recipient(), 1000));
                    ps.setString(6, truncate(o.basis(), 2000));
                });
    }

    /**
     * ls_subject_obligation rows, inserted {@value #OBLIGATION_BATCH} at a time; people without codes get none. A
     * person's obligations have a table of their own: the assess step inserts them in batches, where updating each
     * person's row cost about three times as much.
     */
    public final class ObligationRows implements AutoCloseable {

        private final List<Object[]> batch = new ArrayList<>(OBLIGATION_BATCH);

        private ObligationRows() {
        }

        public void add(String subjectId, java.util.Collection<String> codes) {
            if (codes != null && !codes.isEmpty()) {
                batch.add(new Object[] {subjectId, Codes.join(codes)});
                if (batch.size() == OBLIGATION_BATCH) {
                    flush();
                }
            }
        }

        private void flush() {
            if (!batch.isEmpty()) {
                jdbc.batchUpdate("INSERT INTO ls_subject_obligation (subject_id, obligations) VALUES (?,?)", batch);
                batch.clear();
            }
        }

        @Override
        public void close() {
            flush();
        }
    }

    private static final int OBLIGATION_BATCH = 1000;

    /** The documents ranked by risk (CRITICAL first), then by the people in them: the report's top list. */
    public List<RiskyDocument> topDocumentsByRisk(int limit) {
        return jdbc.query("SELECT path, risk, highest_marking, pii_types, subject_count FROM ls_item"
                        + " WHERE risk IS NOT NULL AND risk <> 'NONE' AND duplicate_of IS NULL ORDER BY CASE risk"
                        + " WHEN 'CRITICAL' THEN 0 WHEN 'HIGH' THEN 1 WHEN 'MEDIUM' THEN 2 ELSE 3 END,"
                        + " subject_count DESC, path FETCH FIRST " + limit + " ROWS ONLY",
                (rs, n) -> new RiskyDocument(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5)));
    }

    /** Paths of the items that could not be read: unknown exposure, listed apart in the report. */
    public List<String> notAssessedPaths(String statuses) {
        return jdbc.queryForList("SELECT path FROM ls_item WHERE status IN " + statuses + " ORDER BY path",
                String.class);
    }

    /**
     * One row per person and obligation, in subject_id order, then by code: what a mail-merge of the notification
     * letters needs. Read as it is consumed: close the stream.
     */
    public Stream<NoticeRow> notices() {
        Map<String, ObligationSummary> byCode = new HashMap<>();
        for (ObligationSummary o : obligations()) {
            byCode.put(o.code(), o);
        }
        return stream("SELECT s.subject_id, s.name, s.postal_address, s.emails, s.phones, s.data_elements,"
                + " o.obligations FROM ls_subject s JOIN ls_subject_obligation o ON o.subject_id = s.subject_id"
                + " ORDER BY s.subject_id", (rs, n) -> {
                    String id = rs.getString(1);
                    String name = rs.getString(2);
                    String address = rs.getString(3);
                    SortedSet<String> emails = Codes.split(rs.getString(4));
                    SortedSet<String> phones = Codes.split(rs.getString(5));
                    SortedSet<String> elements = Codes.split(rs.getString(6));
                    List<NoticeRow> rows = new ArrayList<>();
                    for (String code : Codes.split(rs.getString(7))) {
                        ObligationSummary o = byCode.get(code);
                        rows.add(new NoticeRow(id, name, address, emails, phones, elements, code,
                                o == null ? null : o.deadline(), o == null ? null : o.recipient()));
                    }
                    return rows;
                }).flatMap(List::stream);
    }

    public List<ObligationSummary> obligations() {
        return jdbc.query("SELECT code, subjects, deadline, recipient, basis, deadlines FROM ls_obligation ORDER BY code",
                (rs, n) -> new ObligationSummary(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6) == null ? List.of() : List.of(rs.getString(6).split("\n"))));
    }

    public Stream<DocumentRow> documents() {
        return jdbc.queryForStream("SELECT doc_id, path, sha256, media_type, size_bytes, status, language, duplicate_of,"
                + " markings, highest_marking, pii_types, pii_count, subject_count, risk, status_detail FROM ls_item"
                + " ORDER BY path, doc_id", (rs, n) -> new DocumentRow(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8),
                Codes.split(rs.getString(9)), rs.getString(10), Codes.split(rs.getString(11)), rs.getInt(12),
                rs.getInt(13), rs.getString(14), rs.getString(15)));
    }

    /** Every crawled file with the hash and status its item got: manifest.csv. */
    public Stream<ManifestRow> manifest() {
        return jdbc.queryForStream("SELECT f.path, f.size_bytes, i.sha256, f.modified, i.doc_id, i.status FROM ls_file f"
                + " LEFT JOIN ls_item i ON i.file_no = f.file_no AND i.depth = 0 ORDER BY f.path, f.file_no",
                (rs, n) -> new ManifestRow(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)));
    }

    /** The marking findings with their exact text: the report's annex of marked documents. */
    public List<MarkedDocumentRow> markedDocuments() {
        List<MarkedDocumentRow> rows = new ArrayList<>();
        for (ItemPath item : jdbc.query("SELECT doc_id, path FROM ls_item WHERE markings IS NOT NULL ORDER BY path, doc_id",
                (rs, n) -> new ItemPath(rs.getString(1), rs.getString(2)))) {
            forEachFinding(item.docId(), f -> {
                if (f.category() == Category.MARKING) {
                    rows.add(new MarkedDocumentRow(item.path(), f.type(), f.location(), f.masked()));
                }
            });
        }
        return rows;
    }

    /** @param unmasked the full value instead of the masked one (only when the user asked for it) */
    public Stream<FindingRow> findings(boolean unmasked) {
        // item by item: the items alone are few
        List<ItemPath> items = jdbc.query("SELECT doc_id, path FROM ls_item ORDER BY path, doc_id",
                (rs, n) -> new ItemPath(rs.getString(1), rs.getString(2)));
        java.util.Iterator<FindingRow> rows = new Concat<>(items.iterator(), item -> findingsOf(item.docId(),
                f -> new FindingRow(item.docId(), item.path(), f.category().name(), f.type(),
                        unmasked && f.value() != null ? f.value() : f.masked(), f.confidence(), f.location(),
                        f.detector())));
        return java.util.stream.StreamSupport.stream(
                java.util.Spliterators.spliteratorUnknownSize(rows, java.util.Spliterator.ORDERED), false);
    }

    /** How many findings the run stored. */
    public long countFindings() {
        return count("SELECT COALESCE(SUM(findings), 0) FROM ls_finding_block");
    }

    private record ItemPath(String docId, String path) {
    }

    /**
     * Every person in subject_id order with their documents and obligations (subjects.csv), read as it is
     * consumed: close the stream. The links come from a second cursor over ls_subject_doc in the same order,
     * merged in step (every link is of a stored person: replaceSubjects writes both from the same list).
     */
    public Stream<Subject> subjects() {
        Stream<String[]> links = stream("SELECT subject_id, doc_id FROM ls_subject_doc ORDER BY subject_id",
                (rs, n) -> new String[] {rs.getString(1), rs.getString(2)});
        try {
            DocLinks docs = new DocLinks(links.iterator());
            return stream("SELECT s.subject_id, s.name, s.emails, s.phones, s.postal_address, s.jurisdictions,"
                    + " s.data_elements, s.sensitive, o.obligations FROM ls_subject s LEFT JOIN ls_subject_obligation o"
                    + " ON o.subject_id = s.subject_id ORDER BY s.subject_id", (rs, n) -> new Subject(rs.getString(1),
                    rs.getString(2), Codes.split(rs.getString(3)), Codes.split(rs.getString(4)), rs.getString(5),
                    Codes.split(rs.getString(6)), Codes.split(rs.getString(7)), rs.getBoolean(8),
                    new java.util.TreeSet<>(docs.of(rs.getString(1))), Codes.split(rs.getString(9))))
                    .onClose(links::close);
        } catch (RuntimeException e) {
            links.close();
            throw e;
        }
    }

    /**
     * The people as the obligation rules see them ({@link org.leakscope.classifiers.obligations.SubjectSource}: id,
     * jurisdictions, data elements, sensitive), in subject_id order. Read as it is consumed: close the stream. The
     * rules read every person twice, and names, addresses and contacts were most of what the database had to read.
     */
    public Stream<Subject> subjectsForRules() {
        return stream("SELECT subject_id, jurisdictions, data_elements, sensitive FROM ls_subject ORDER BY subject_id",
                (rs, n) -> new Subject(rs.getString(1), null, null, null, null, Codes.split(rs.getString(2)),
                        Codes.split(rs.getString(3)), rs.getBoolean(4), null, null));
    }

    /** The (subject_id, doc_id) rows of one cursor, handed out person by person as the persons come. */
    private static final class DocLinks {
        private final java.util.Iterator<String[]> rows;
        private String[] next;

        DocLinks(java.util.Iterator<String[]> rows) {
            this.rows = rows;
            this.next = rows.hasNext() ? rows.next() : null;
        }

        List<String> of(String subjectId) {
            List<String> docs = new ArrayList<>();
            while (next != null && next[0].equals(subjectId)) {
                docs.add(next[1]);
                next = rows.hasNext() ? rows.next() : null;
            }
            return docs;
        }
    }

    /**
     * A query read row by row as the stream is consumed: on PostgreSQL (inside the step's transaction) a fetch
     * size keeps the driver from reading the whole result first; H2 keeps large results on disk.
     */
    private <T> Stream<T> stream(String sql, org.springframework.jdbc.core.RowMapper<T> mapper) {
        return jdbc.queryForStream(con -> {
            java.sql.PreparedStatement ps = con.prepareStatement(sql);
            ps.setFetchSize(STREAM_FETCH_SIZE);
            return ps;
        }, mapper);
    }

    private static final int STREAM_FETCH_SIZE = 1000;

    // ---- figures for summary.json and the report

    public SortedMap<String, Long> countBy(String sql) {
        SortedMap<String, Long> out = new TreeMap<>();
        jdbc.query(sql, rs -> {
            out.put(rs.getString(1), rs.getLong(2));
        });
        return out;
    }

    public long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }

    /** Counts each code of a {@code ;}-joined column over the rows the query returns. */
    public SortedMap<String, Long> countCodes(String sql) {
        SortedMap<String, Long> out = new TreeMap<>();
        jdbc.query(sql, (ResultSet rs) -> {
            for (String code : Codes.split(rs.getString(1))) {
                out.merge(code, 1L, Long::sum);
            }
        });
        return out;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

}
