package io.pactum.core.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pactum.core.contract.Contract;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The JSON form of a contract loses nothing. */
class ContractJsonProperties {

    @Provide
    Arbitrary<Contract> contracts() {
        return ContractArbitraries.contracts();
    }

    @Property(tries = 10_000)
    void readOfWrite_isTheSameContract(@ForAll("contracts") Contract contract) {
        assertEquals(contract, ContractJson.read(ContractJson.writeCompact(contract)));
    }

    @Property(tries = 1_000)
    void write_isDeterministic_andPrettyEqualsCompact(@ForAll("contracts") Contract contract) {
        String pretty = ContractJson.write(contract);
        assertEquals(pretty, ContractJson.write(ContractJson.read(pretty)));
        assertEquals(ContractJson.read(pretty), ContractJson.read(ContractJson.writeCompact(contract)));
    }
}
