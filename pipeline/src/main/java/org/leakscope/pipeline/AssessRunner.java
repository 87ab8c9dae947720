package org.leakscope.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.stream.Collectors;

import org.leakscope.pipeline.job.AssessJobConfiguration;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs {@code assessJob} for one output folder with Spring Batch restart semantics:
 * <ul>
 *   <li>no earlier run: start;</li>
 *   <li>an earlier run failed or was killed: restart it, resuming after its last committed chunk;</li>
 *   <li>an earlier run completed: say so, or with {@code --rerun} start a new run from scratch.</li>
 * </ul>
 * One process at a time per output folder (a file lock in DIR/work).
 */
public final class AssessRunner {

    /** Thrown when the job did not complete; the message is one line for the user. */
    public static final class JobFailedException extends Exception {
        public JobFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final RunSettings settings;
    private final PrintStream out;

    public AssessRunner(RunSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    public void run() throws IOException, JobFailedException {
        Files.createDirectories(settings.workDir());
        Path lockFile = settings.workDir().resolve("lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = tryLock(channel)) {
            if (lock == null) {
                throw new JobFailedException("another leakscope run is using " + settings.output(), null);
            }
            try (ConfigurableApplicationContext ctx = start()) {
                runJob(ctx);
            }
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private ConfigurableApplicationContext start() {
        Map<String, Object> props = BootProperties.of(settings.effectiveDbUrl(), settings.dbUrl() == null,
                settings.threads());
        props.put("logging.file.name", settings.workDir().resolve("leakscope.log").toString());
        props.put("logging.threshold.console", settings.debug() ? "INFO" : "OFF");
        if (settings.remoteWorkers()) {
            props.put("leakscope.workers", "remote");
            BootProperties.withBroker(props, settings.broker(), settings.queue());
        }
        return new SpringApplicationBuilder(LeakscopeApplication.class)
                .web(WebApplicationType.NONE)
                .properties(props)
                .initializers(c -> c.getBeanFactory().registerSingleton("runSettings", settings))
                .logStartupInfo(false)
                .run();
    }

    private void runJob(ConfigurableApplicationContext ctx) throws JobFailedException, IOException {
        JobOperator operator = ctx.getBean(JobOperator.class);
        JobRepository repository = ctx.getBean(JobRepository.class);
        Job job = ctx.getBean(AssessJobConfiguration.JOB_NAME, Job.class);

        RunCounter counter = new RunCounter(settings.workDir().resolve("run-id"));
        long runId = counter.current();
        JobParameters params = parameters(runId);
        JobExecution last = repository.getLastJobExecution(AssessJobConfiguration.JOB_NAME, params);
        if (last != null && last.getStatus() == BatchStatus.COMPLETED && !settings.rerun()) {
            say("leakscope: the assessment of these inputs in " + settings.output()
                    + " is already complete; its reports are there. Use --rerun to run it again.");
            return;
        }
        if (settings.rerun() && last != null) {
            runId = counter.next();
            params = parameters(runId);
            last = null;
        }
        if (last != null && last.getStatus().isRunning()) {
            // the process that ran it is gone (we hold the folder's lock): it was killed
            operator.recover(last);
        }
        if (last != null) {
            say("leakscope: resuming the interrupted run in " + settings.output());
        } else {
            say("leakscope: assessing " + settings.inputs().stream().map(Path::toString)
                    .collect(Collectors.joining(", ")) + " -> " + settings.output());
        }
        JobExecution execution;
        try {
            execution = operator.start(job, params);
        } catch (Exception e) {
            throw new JobFailedException("cannot start the job: " + e.getMessage(), e);
        }
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStepName().contains(":")) {
                continue; // a partition of extractStep, counted in extractStep's line
            }
            say(String.format("  %-12s %-9s read %d, written %d, %d ms", step.getStepName(), step.getStatus(),
                    step.getReadCount(), step.getWriteCount(), durationMs(step)));
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            Throwable cause = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
            String why = cause == null ? execution.getExitStatus().getExitDescription()
                    : cause.getClass().getSimpleName() + ": " + cause.getMessage();
            // a failed partition says why better than the partitioned step's summary does; read it back from the
            // repository, where remote workers recorded it
            JobExecution stored = repository.getJobExecution(execution.getId());
            for (StepExecution step : (stored == null ? execution : stored).getStepExecutions()) {
                String said = step.getExitStatus().getExitDescription();
                if (step.getStepName().contains(":") && step.getStatus() == BatchStatus.FAILED && !said.isBlank()) {
                    why = step.getStepName() + ": " + said;
                    break;
                }
            }
            // people resolution holds every PII finding of the run: a dense set can outgrow the heap there, and
            // the resumed run starts at that step, so more heap is all it needs
            String again = cause instanceof OutOfMemoryError
                    ? "run the same command again with a bigger LEAKSCOPE_HEAP (e.g. LEAKSCOPE_HEAP=8g) to resume"
                    : "run the same command again to resume";
            throw new JobFailedException("the job did not complete (" + execution.getStatus() + "): "
                    + firstLine(why) + "; " + again, cause);
        }
        say("leakscope: done. Reports in " + settings.output()
                + ": documents.csv, findings.csv, subjects.csv, notices.csv, manifest.csv, summary.json, report.pdf; index in "
                + settings.indexDir());
    }

    private JobParameters parameters(long runId) {
        return new JobParametersBuilder()
                .addString("inputs", settings.inputs().stream().map(Path::toString).collect(Collectors.joining("|")))
                .addString("output", settings.output().toString())
                .addString("config", settings.configFile() == null ? "" : settings.configFile().toString())
                .addString("incidentDate", settings.incidentDate() == null ? "" : settings.incidentDate().toString())
                .addString("case", settings.caseName() == null ? "" : settings.caseName())
                .addString("malicious", Boolean.toString(settings.malicious()))
                .addString("ocr", Boolean.toString(settings.ocr()))
                .addString("unmasked", Boolean.toString(settings.unmasked()))
                .addLong("run", runId)
                .toJobParameters();
    }

    private void say(String line) {
        if (!settings.quiet()) {
            out.println(line);
        }
    }

    private static long durationMs(StepExecution step) {
        if (step.getStartTime() == null || step.getEndTime() == null) {
            return 0;
        }
        return java.time.Duration.between(step.getStartTime(), step.getEndTime()).toMillis();
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }

    /** The number of the current run of an output folder; --rerun moves to the next. */
    private record RunCounter(Path file) {
        long current() throws IOException {
            if (!Files.exists(file)) {
                return 1;
            }
            return Long.parseLong(Files.readString(file, StandardCharsets.UTF_8).strip());
        }

        long next() throws IOException {
            long n = current() + 1;
            Files.writeString(file, Long.toString(n), StandardCharsets.UTF_8);
            return n;
        }
    }
}
