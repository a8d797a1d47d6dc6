/**
 * Approval routing and the approval process.
 *
 * <p>An {@link io.pactum.rules.approval.ApprovalPolicy} is data, versioned by effective date:
 * named stages in sequence and ordered rules, each of which adds approvers to stages when its
 * condition holds; a catch-all rule ends the policy. {@link io.pactum.rules.approval.ApprovalRouter}
 * checks a policy statically, then turns {@link io.pactum.rules.facts.ContractFacts} and an
 * {@link io.pactum.rules.approval.OrgStructure} into a {@link io.pactum.rules.approval.Route},
 * enforcing authority limits and separation of duties, and explaining every stage.
 * {@link io.pactum.rules.approval.ApprovalProcess} is the pure state machine of one approval.
 *
 * <p>Refused business operations throw {@link io.pactum.rules.approval.ApprovalException} with a
 * {@link io.pactum.rules.RuleError} code.
 */
@NullMarked
package io.pactum.rules.approval;

import org.jspecify.annotations.NullMarked;
