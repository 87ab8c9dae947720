package org.leakscope.pipeline.extract;

/** The status codes of the output contract: what happened when an item was read. */
public enum ExtractionStatus {
    OK,
    ENCRYPTED,
    CORRUPT,
    UNSUPPORTED,
    NO_TEXT,
    TIMEOUT,
    TOO_LARGE,
    ERROR;

    /** True when the item's content could not be read at all: an unknown exposure. */
    public boolean notAssessed() {
        return this != OK && this != NO_TEXT;
    }
}
