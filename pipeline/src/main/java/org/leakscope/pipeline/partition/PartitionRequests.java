package org.leakscope.pipeline.partition;

import org.springframework.batch.integration.partition.StepExecutionRequest;

/**
 * The wire form of a partition request on the broker: {@code stepName/stepExecutionId} as
 * text. Plain text rather than Java serialization, so a worker never deserializes objects from the network.
 */
public final class PartitionRequests {

    /** The default queue; one queue per job database (a worker serves the runs of one database). */
    public static final String DEFAULT_QUEUE = "leakscope.partitions";

    private PartitionRequests() {
    }

    public static String encode(StepExecutionRequest request) {
        return request.getStepName() + "/" + request.getStepExecutionId();
    }

    public static StepExecutionRequest decode(String text) {
        String[] parts = text.strip().split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("not a partition request: " + text);
        }
        try {
            return new StepExecutionRequest(parts[0], Long.parseLong(parts[1]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a partition request: " + text, e);
        }
    }
}
