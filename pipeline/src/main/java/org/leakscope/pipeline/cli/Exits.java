package org.leakscope.pipeline.cli;

import java.io.PrintStream;

/** Exit codes of the output contract, and the one-line error message that goes with them. */
public final class Exits {

    public static final int OK = 0;
    public static final int INTERNAL = 1;
    public static final int USAGE = 2;
    public static final int INPUT = 3;

    private Exits() {
    }

    public static int fail(PrintStream err, int code, String message) {
        err.println("leakscope: " + message);
        err.flush();
        return code;
    }
}
