package io.pactum.tck;

import io.pactum.core.contract.Contract;
import io.pactum.core.contract.ContractId;
import io.pactum.spi.CallContext;
import io.pactum.spi.memory.InMemoryStorage;
import io.pactum.spi.port.ContractQuery;
import io.pactum.spi.port.ContractStore;
import io.pactum.spi.port.Page;
import io.pactum.spi.port.PageRequest;
import java.util.Optional;
import java.util.stream.Stream;

/** A store that forwards to the in-memory one; the exclusion tests override the method they break. */
class ForwardingStore implements ContractStore {

    final InMemoryStorage delegate;

    ForwardingStore(InMemoryStorage delegate) {
        this.delegate = delegate;
    }

    @Override
    public Optional<Contract> get(CallContext ctx, ContractId id) {
        return delegate.get(ctx, id);
    }

    @Override
    public Contract save(CallContext ctx, Contract contract, long expectedRevision) {
        return delegate.save(ctx, contract, expectedRevision);
    }

    @Override
    public Page<Contract> find(CallContext ctx, ContractQuery query, PageRequest page) {
        return delegate.find(ctx, query, page);
    }

    @Override
    public Stream<Contract> scan(CallContext ctx, ContractQuery query) {
        return delegate.scan(ctx, query);
    }
}
