package io.pactum.spi.runtime;

import io.pactum.core.contract.Contract;
import io.pactum.core.contract.UserId;
import io.pactum.spi.port.IdGenerator;
import io.pactum.spi.port.Notification;
import java.util.Map;
import java.util.TreeMap;

/**
 * The runtime's notifications about a contract, on the manager's channel: every one names the
 * contract by number and title, plus what its template needs. One place, so that the lifecycle
 * commands and the approval flow tell people the same way.
 */
final class ContractNotices {

    private final IdGenerator ids;
    private final String channel;

    ContractNotices(IdGenerator ids, String channel) {
        this.ids = ids;
        this.channel = channel;
    }

    /** A notification to a person about the contract. */
    Notification to(UserId recipient, Contract c, String template, Map<String, String> extra) {
        Map<String, String> parameters = new TreeMap<>(extra);
        parameters.put("number", c.number());
        parameters.put("title", c.title());
        return new Notification(ids.newId("notification"), recipient, channel, template, parameters, c.id());
    }

    /** A notification to the contract's owner. */
    Notification toOwner(Contract c, String template, Map<String, String> extra) {
        return to(c.owner(), c, template, extra);
    }
}
