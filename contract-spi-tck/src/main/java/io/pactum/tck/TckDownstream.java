package io.pactum.tck;

import java.util.List;

/**
 * The far side of an outbound adapter as the kit observes it: the implementer's fake of the
 * channel or system the adapter talks to (a mail server, WeCom, an ERP client), wired into the
 * adapter under test.
 *
 * <p>Implementations must be thread-safe: the kit delivers from several threads.
 */
public interface TckDownstream {

    /**
     * The idempotency keys of the messages that took effect downstream, once per effect, in the
     * order they took effect: a notification shown or mailed, an event booked in the ERP. A
     * message the adapter deliberately does not forward has no effect.
     *
     * @return the keys, a snapshot
     */
    List<String> effects();

    /**
     * Makes the downstream fail (a mail server down, an ERP answering 503) until
     * {@link #restore()}: every call the adapter makes to it throws.
     */
    void breakDown();

    /** Ends {@link #breakDown()}. */
    void restore();
}
