package org.leakscope.pipeline.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable item ids: the first 64 bits of the SHA-256 of the item's contract path. The same input gives
 * the same ids in every run, on restart and on any worker, without a shared counter.
 */
public final class DocIds {

    private DocIds() {
    }

    public static String of(String path) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
