package io.pactum.examples.gettingstarted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.contract.Contract;
import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.ContractStatus;
import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.contract.DepartmentId;
import io.pactum.core.contract.Direction;
import io.pactum.core.contract.Party;
import io.pactum.core.contract.PartyRole;
import io.pactum.core.contract.Term;
import io.pactum.core.contract.UserId;
import io.pactum.core.money.Money;
import io.pactum.spi.CallContext;
import io.pactum.spi.TenantId;
import io.pactum.spi.access.AccessPolicy;
import io.pactum.spi.memory.InMemoryDirectory;
import io.pactum.spi.memory.InMemoryStorage;
import io.pactum.spi.port.Person;
import io.pactum.spi.runtime.ContractManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/getting-started.md: its first contract is the region below, run; its Maven coordinates are
 * those the BOM manages.
 */
class GettingStartedTest {

    private static final Path DOC = Path.of("../docs/getting-started.md");
    private static final Pattern REGION = Pattern.compile("// doc:(\\w+)\\n(.*?)\\n\\s*// end", Pattern.DOTALL);

    @Test
    void firstContract_isApproved() {
        // doc:firstcontract
        InMemoryDirectory people = InMemoryDirectory.create()
                .add(Person.of("u-zhang", "sales", "contract-manager"), Person.of("u-wang", "sales", "approver"));
        ContractManager manager = ContractManager.builder()
                .storage(InMemoryStorage.create())        // your database adapter in production
                .directory(people)                        // your user directory
                .accessPolicy(AccessPolicy.standard())    // who may do what: data, deny by default
                .build();
        Contract draft = Contract.builder().id(ContractId.of("c-1")).number("SC-2026-0001").title("IT service")
                .type(ContractTypeId.of("service")).direction(Direction.SELL_SIDE)
                .party(Party.of("us", "Our Company Ltd", PartyRole.OWN_ENTITY))
                .party(Party.of("acme", "ACME Trading", PartyRole.CUSTOMER))
                .owner(UserId.of("u-zhang")).department(DepartmentId.of("sales"))
                .value(Money.of("120000.00", "CNY"))
                .term(Term.fixed(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)))
                .build();
        CallContext zhang = CallContext.of(TenantId.of("acme-group"), UserId.of("u-zhang"), "req-1");
        CallContext wang = CallContext.of(TenantId.of("acme-group"), UserId.of("u-wang"), "req-2");
        long revision = manager.createDraft(zhang, draft, "new deal").contract().revision();
        revision = manager.submit(zhang, draft.id(), revision, "please approve").contract().revision();
        Contract approved = manager.approve(wang, draft.id(), revision, "within budget").contract();
        // approved.status() == APPROVED; three audit entries, and contract.approved waits in the outbox
        // end
        assertEquals(ContractStatus.APPROVED, approved.status());
        assertEquals(3, approved.revision());
        assertEquals(UserId.of("u-zhang"), manager.get(wang, draft.id()).orElseThrow().owner());
    }

    @Test
    void page_holdsTheTestedRegion() throws IOException {
        String doc = Files.readString(DOC);
        Matcher m = REGION.matcher(Files.readString(
                Path.of("src/test/java/io/pactum/examples/gettingstarted/GettingStartedTest.java")));
        int found = 0;
        while (m.find()) {
            found++;
            String snippet = m.group(2).stripIndent().strip();
            assertTrue(doc.contains("```java\n" + snippet + "\n```"),
                    () -> "docs/getting-started.md lacks, as one code block, region " + m.group(1) + ":\n" + snippet);
        }
        assertEquals(1, found);
    }

    @Test
    void page_namesArtifactsAndTheVersionTheBomManages() throws IOException {
        String doc = Files.readString(DOC);
        String bom = Files.readString(Path.of("../contract-bom/pom.xml"));
        Matcher version = Pattern.compile("<artifactId>contract-bom</artifactId>\\s*<version>([^<]+)</version>").matcher(bom);
        assertTrue(version.find(), "the BOM's version");
        List<String> named = new ArrayList<>();
        Matcher artifact = Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(doc);
        while (artifact.find()) {
            named.add(artifact.group(1));
        }
        assertTrue(named.containsAll(List.of("contract-bom", "contract-spi", "contract-spi-tck")), named::toString);
        for (String a : named) {
            assertTrue(a.equals("contract-bom") || bom.contains("<artifactId>" + a + "</artifactId>"),
                    () -> "the BOM does not manage " + a);
        }
        assertTrue(doc.contains("<version>" + version.group(1) + "</version>"), "the page gives the BOM's version");
    }
}
