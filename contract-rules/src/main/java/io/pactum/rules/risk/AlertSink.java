package io.pactum.rules.risk;

/**
 * Receives alerts as a scan raises them, so that a scan holds no alert itself and its memory
 * stays bounded. A sink used by a parallel scan must be thread-safe.
 */
@FunctionalInterface
public interface AlertSink {

    /** Receives one alert. */
    void accept(Alert alert);

    /** A sink that drops every alert (when only the summary is wanted). */
    static AlertSink discard() {
        return alert -> { };
    }
}
