package org.karabakhkg.validate;

/** One violation: which check found it, at which node, and what is wrong. Data, not an exception. */
public record Finding(String check, String focus, String message) {
    @Override
    public String toString() {
        return check + ": " + focus + ": " + message;
    }
}
