package org.leakscope.pipeline.partition;

import java.nio.file.Path;

import org.leakscope.pipeline.RunSettings;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What a partition of the extract step needs to know about its run, wherever it runs. It travels in the
 * partition's execution context (in the job repository), so a worker JVM started with nothing but the
 * database and the broker runs the partition exactly as the manager's own threads would.
 *
 * @param configFile the run's configuration file, or null for the defaults
 * @param ocr        OCR images
 * @param workDir    DIR/work: the parser log
 * @param shardsDir  DIR/index-shards: one Lucene index per partition, merged into DIR/index afterwards
 */
public record PartitionSettings(Path configFile, boolean ocr, Path workDir, Path shardsDir) {

    static final String FIRST_FILE = "firstFile";
    static final String LAST_FILE = "lastFile";
    static final String SHARD = "shard";
    static final String CONFIG = "config";
    static final String OCR = "ocr";
    static final String WORK_DIR = "workDir";

    public static PartitionSettings of(RunSettings settings) {
        return new PartitionSettings(settings.configFile(), settings.ocr(), settings.workDir(), settings.shardsDir());
    }

    void writeTo(ExecutionContext ctx, Path shard) {
        ctx.putString(SHARD, shard.toString());
        ctx.putString(CONFIG, configFile == null ? "" : configFile.toString());
        ctx.putString(OCR, Boolean.toString(ocr));
        ctx.putString(WORK_DIR, workDir.toString());
    }

    /** The settings a partition was created with; its shard folder is {@link #shardOf}. */
    static PartitionSettings from(ExecutionContext ctx) {
        String config = ctx.getString(CONFIG, "");
        Path shard = Path.of(ctx.getString(SHARD));
        return new PartitionSettings(config.isEmpty() ? null : Path.of(config), Boolean.parseBoolean(ctx.getString(OCR, "false")),
                Path.of(ctx.getString(WORK_DIR)), shard.getParent());
    }

    static Path shardOf(ExecutionContext ctx) {
        return Path.of(ctx.getString(SHARD));
    }
}
