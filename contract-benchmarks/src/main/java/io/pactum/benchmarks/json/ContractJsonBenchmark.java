package io.pactum.benchmarks.json;

import io.pactum.core.codec.ContractJson;
import io.pactum.core.contract.AttributeValue;
import io.pactum.core.contract.Contract;
import io.pactum.core.contract.ContractId;
import io.pactum.core.contract.ContractTypeId;
import io.pactum.core.contract.DepartmentId;
import io.pactum.core.contract.Direction;
import io.pactum.core.contract.Party;
import io.pactum.core.contract.PartyRole;
import io.pactum.core.contract.RenewalTerms;
import io.pactum.core.contract.Term;
import io.pactum.core.contract.UserId;
import io.pactum.core.money.Money;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON read and write of one contract carrying the data of 30 clauses (about 400 characters of
 * text each) and 20 obligations (an amount and a due date each), about 20 KB. Pactum's strict codec
 * (every problem collected with its JSON pointer, then the model's own checks) against the peer a
 * user would otherwise write: Jackson data binding into plain records, which fails on unknown
 * properties but does no other validation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class ContractJsonBenchmark {

    /** The peer's view of the same document: records Jackson binds by reflection. */
    public record MoneyDto(String amount, String currency) {
    }

    /** The peer's party. */
    public record PartyDto(String id, String name, String role, String registrationNumber, String country,
                           List<Map<String, String>> contacts) {
    }

    /** The peer's term. */
    public record TermDto(String effectiveDate, String endDate) {
    }

    /** The peer's renewal. */
    public record RenewalDto(String kind, String renewalPeriod, String noticePeriod, Integer maxRenewals) {
    }

    /** The peer's contract. */
    public record ContractDto(String id, String number, String title, String type, String direction,
                              List<PartyDto> parties, String owner, String department, String region, MoneyDto value,
                              MoneyDto budgetCeiling, TermDto term, RenewalDto renewal, Map<String, Object> customFields,
                              List<String> tags, String confidentiality, List<Map<String, String>> externalReferences,
                              String status, long revision) {
    }

    private Contract contract;
    private String json;
    private byte[] jsonBytes;
    private ContractDto dto;
    private JsonMapper jackson;

    /** Builds the contract and its JSON once. */
    @Setup
    public void setUp() {
        Contract.Builder b = Contract.builder()
                .id(ContractId.of("c-2026-000001")).number("SC-2026-000001").title("IT运维服务合同")
                .type(ContractTypeId.of("service")).direction(Direction.SELL_SIDE)
                .party(Party.of("us", "上海示例科技有限公司", PartyRole.OWN_ENTITY))
                .party(Party.of("acme", "ACME Trading Co., Ltd.", PartyRole.CUSTOMER))
                .owner(UserId.of("u-zhang")).department(DepartmentId.of("sales-east")).region("CN-East")
                .value(Money.of("1200000.00", "CNY"))
                .term(Term.fixed(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .renewal(RenewalTerms.autoRenew(Period.ofYears(1), Period.ofDays(30), 3));
        String clause = "乙方应按照本合同约定的服务范围和服务标准提供运维服务，The Supplier shall keep all "
                + "Confidential Information in strict confidence and use it only for the purpose of this Agreement. ";
        for (int i = 1; i <= 30; i++) {
            b.customField(String.format("clause%02d", i), AttributeValue.text(clause.repeat(3)));
        }
        for (int i = 1; i <= 20; i++) {
            b.customField(String.format("obligation%02dAmount", i), AttributeValue.amount(Money.of("60000.00", "CNY")));
            b.customField(String.format("obligation%02dDue", i),
                    AttributeValue.date(LocalDate.of(2026, 1, 31).plusMonths(i)));
        }
        contract = b.build();
        json = ContractJson.writeCompact(contract);
        jsonBytes = json.getBytes(StandardCharsets.UTF_8);
        jackson = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        dto = jackson.readValue(jsonBytes, ContractDto.class);
        if (!ContractJson.read(jsonBytes).equals(contract) || !jackson.writeValueAsString(dto).contains("clause30")) {
            throw new IllegalStateException("the two codecs do not see the same document");
        }
    }

    /** Pactum: strict read with every check. */
    @Benchmark
    public Contract pactumRead() {
        return ContractJson.read(jsonBytes);
    }

    /** Pactum: deterministic compact write. */
    @Benchmark
    public String pactumWrite() {
        return ContractJson.writeCompact(contract);
    }

    /** Peer: Jackson data binding into records (unknown properties fail; nothing else checked). */
    @Benchmark
    public ContractDto jacksonBindRead() {
        return jackson.readValue(jsonBytes, ContractDto.class);
    }

    /** Peer: Jackson data binding write. */
    @Benchmark
    public String jacksonBindWrite() {
        return jackson.writeValueAsString(dto);
    }

    /** The document size in bytes, printed by the runner for the record. */
    public int documentBytes() {
        return jsonBytes.length;
    }
}
