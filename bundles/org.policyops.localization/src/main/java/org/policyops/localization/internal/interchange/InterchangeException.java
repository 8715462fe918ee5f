package org.policyops.localization.internal.interchange;

/** A malformed interchange file, with the line (1-based) where the problem was found; 0 when it has no line. */
public class InterchangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;

    public InterchangeException(int line, String message) {
        super(message);
        this.line = line;
    }

    public InterchangeException(int line, String message, Throwable cause) {
        super(message, cause);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
