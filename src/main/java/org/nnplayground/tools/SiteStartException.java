package org.nnplayground.tools;

import java.io.IOException;

/**
 * The site server could not start for a reason the user can fix (port taken, site not built).
 * The message is written for a person and is printed without a stack trace.
 */
public final class SiteStartException extends IOException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message meant for the user. */
    public SiteStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
