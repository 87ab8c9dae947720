package org.leakscope.pipeline.partition;

import java.time.LocalDateTime;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.BeanFactoryStepLocator;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.BeanFactory;

/**
 * Runs one partition request with Spring Batch's {@link StepExecutionRequestHandler}, after two checks the
 * broker's at-least-once delivery calls for: a partition that has already ended is not run again, and a
 * partition found running was being run by a worker that is gone (the broker only hands a request on when
 * the worker that took it dies), so it is marked failed for the manager to see; a restart completes it.
 */
public final class PartitionRequestHandler {

    static final String WORKER_LOST = "the worker running this partition stopped";

    private static final Log log = LogFactory.getLog(PartitionRequestHandler.class);

    private final JobRepository jobRepository;
    private final StepExecutionRequestHandler delegate = new StepExecutionRequestHandler();

    public PartitionRequestHandler(JobRepository jobRepository, BeanFactory beanFactory) {
        this.jobRepository = jobRepository;
        BeanFactoryStepLocator locator = new BeanFactoryStepLocator();
        locator.setBeanFactory(beanFactory);
        delegate.setStepLocator(locator);
        delegate.setJobRepository(jobRepository);
    }

    public void handle(String text) {
        StepExecutionRequest request = PartitionRequests.decode(text);
        StepExecution execution = jobRepository.getStepExecution(request.getStepExecutionId());
        if (execution == null) {
            log.warn("no partition " + request.getStepExecutionId() + " in this job database; request dropped: " + text);
            return;
        }
        BatchStatus status = execution.getStatus();
        if (status == BatchStatus.STARTED || status == BatchStatus.STOPPING) {
            execution.setStatus(BatchStatus.FAILED);
            execution.setExitStatus(ExitStatus.FAILED.addExitDescription(WORKER_LOST));
            execution.setEndTime(LocalDateTime.now());
            jobRepository.update(execution);
            log.warn("partition " + execution.getStepName() + " was left running by a lost worker: marked FAILED");
            return;
        }
        if (!status.isRunning()) {
            log.info("partition " + execution.getStepName() + " has already ended (" + status + "); request dropped");
            return;
        }
        log.info("running partition " + execution.getStepName());
        StepExecution done = delegate.handle(request);
        log.info("partition " + execution.getStepName() + " ended " + done.getStatus());
    }
}
