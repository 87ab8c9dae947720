package org.leakscope.pipeline;

import java.io.PrintWriter;
import java.util.Arrays;

import org.leakscope.pipeline.cli.AssessCommand;
import org.leakscope.pipeline.cli.Exits;
import org.leakscope.pipeline.cli.SearchCommand;
import org.leakscope.pipeline.cli.WorkerCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code leakscope assess ...}, {@code leakscope search ...} and {@code leakscope worker ...}. Usage errors exit 2
 * with one line; an unexpected failure exits 1 with one line (a stack trace only with --debug).
 */
@Command(name = "leakscope", mixinStandardHelpOptions = true, version = "leakscope 0.1.0",
        subcommands = {AssessCommand.class, SearchCommand.class, WorkerCommand.class},
        description = "Data-leak impact assessment: whose personal data and which marked material was in a leaked file set.")
public final class LeakscopeMain implements java.util.concurrent.Callable<Integer> {

    static {
        // H2 keeps every string it reads or binds in a cache of its own, hashing each: the work tables' strings are
        // read once, so the cache only costs (about 6% of the people and report steps' CPU on a dense set)
        System.setProperty("h2.objectCache", System.getProperty("h2.objectCache", "false"));
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        boolean debug = Arrays.asList(args).contains("--debug");
        CommandLine cli = new CommandLine(new LeakscopeMain());
        cli.setErr(new PrintWriter(System.err, true));
        cli.setParameterExceptionHandler((ex, a) -> {
            System.err.println("leakscope: " + ex.getMessage().lines().findFirst().orElse("usage error")
                    + " (see: leakscope " + subcommandName(ex.getCommandLine()) + "--help)");
            return Exits.USAGE;
        });
        cli.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (debug) {
                ex.printStackTrace();
            }
            System.err.println("leakscope: internal error: " + ex.getClass().getSimpleName()
                    + (ex.getMessage() == null ? "" : ": " + ex.getMessage().lines().findFirst().orElse(""))
                    + (debug ? "" : " (run with --debug for details)"));
            return Exits.INTERNAL;
        });
        return cli.execute(args);
    }

    private static String subcommandName(CommandLine c) {
        return c.getParent() == null ? "" : c.getCommandName() + " ";
    }

    @Override
    public Integer call() {
        System.err.println("leakscope: a command is required: assess, search or worker (see: leakscope --help)");
        return Exits.USAGE;
    }
}
