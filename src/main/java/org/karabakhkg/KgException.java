package org.karabakhkg;

/**
 * The one unchecked exception of karabakh-kg: bad input or a failed stage. Its message is the single
 * line a user sees, naming the file, line or claim and what is wrong.
 */
public class KgException extends RuntimeException {
    public KgException(String message) {
        super(message);
    }

    public KgException(String message, Throwable cause) {
        super(message, cause);
    }
}
