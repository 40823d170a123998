package app.involvement.payments.internal;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.PortalUser;
import app.involvement.identity.Role;
import app.involvement.payments.ClaimDetails;
import app.involvement.payments.ClaimFilter;
import app.involvement.payments.ClaimRow;
import app.involvement.payments.ClaimStatus;
import app.involvement.payments.Claims;
import app.involvement.payments.ExpenseInput;
import app.involvement.pool.PartnerPaymentContact;
import app.involvement.pool.PaymentChoice;
import app.involvement.pool.Pool;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.StoredFile;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provider's claims for staff (DD035). Reading is for the lead, coordinators and finance; completing a claim on
 * a partner's behalf and approving it for the lead and coordinators; authorising for finance. Each rejects at its
 * own step. Another provider's or an unknown claim id is refused and recorded. Changes run at READ COMMITTED, so
 * the claim read again under its row lock ({@link ClaimLock}) shows what a racing change committed.
 */
@Service
@Transactional(isolation = Isolation.READ_COMMITTED)
@PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR', 'FINANCE')")
class DefaultClaims implements Claims {

    private final PaymentClaimRepository claims;
    private final ClaimQueries queries;
    private final ClaimReads reads;
    private final ClaimEditor editor;
    private final ClaimWorkflow workflow;
    private final Pool pool;
    private final CurrentUser currentUser;
    private final PaymentAudit audit;

    DefaultClaims(PaymentClaimRepository claims, ClaimQueries queries, ClaimReads reads, ClaimEditor editor,
            ClaimWorkflow workflow, Pool pool, CurrentUser currentUser, PaymentAudit audit) {
        this.claims = claims;
        this.queries = queries;
        this.reads = reads;
        this.editor = editor;
        this.workflow = workflow;
        this.pool = pool;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ClaimRow> list(ClaimFilter filter, Pageable pageable) {
        List<PaymentClaim> page = queries.page(orAll(filter), pageable);
        var names = pool.paymentContacts(page.stream().map(PaymentClaim::getPartnerId).collect(Collectors.toSet()));
        int turnaround = reads.turnaroundDays();
        return page.stream().map(c -> reads.row(c, name(names.get(c.getPartnerId())), turnaround)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public long count(ClaimFilter filter) {
        return queries.count(orAll(filter));
    }

    @Override
    @Transactional(readOnly = true)
    public ClaimDetails details(Long claimId) {
        PaymentClaim claim = find(claimId);
        return reads.details(claim, name(pool.findPaymentContact(claim.getPartnerId()).orElse(null)));
    }

    @Override
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
    public void approve(Long claimId) {
        workflow.approve(find(claimId));
    }

    @Override
    @PreAuthorize("hasRole('FINANCE')")
    public void authorise(Long claimId) {
        workflow.authorise(find(claimId));
    }

    /** Coordinators and the lead reject a submitted claim; finance an approved or authorised one. */
    @Override
    public void reject(Long claimId, String reason) {
        PaymentClaim claim = find(claimId);
        boolean finance = currentUser.get().flatMap(PortalUser::currentRole).filter(Role.FINANCE::equals).isPresent();
        ClaimStatus step = finance && claim.getStatus() == ClaimStatus.AUTHORISED ? ClaimStatus.AUTHORISED
                : finance ? ClaimStatus.APPROVED : ClaimStatus.SUBMITTED;
        workflow.reject(claim, step, reason);
    }

    @Override
    @Transactional(readOnly = true)
    public long awaitingApproval() {
        return claims.countByStatus(ClaimStatus.SUBMITTED);
    }

    @Override
    @Transactional(readOnly = true)
    public long awaitingAuthorisation() {
        return claims.countByStatus(ClaimStatus.APPROVED);
    }

    @Override
    @Transactional(readOnly = true)
    public long overdue() {
        return queries.count(new ClaimFilter(null, true, null));
    }

    @Override
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
    public void chooseRoute(Long claimId, PaymentChoice route) {
        editor.chooseRoute(find(claimId), route);
    }

    @Override
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
    public Long addExpense(Long claimId, ExpenseInput expense) {
        return editor.addExpense(find(claimId), expense);
    }

    @Override
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
    public void removeExpense(Long claimId, Long expenseId) {
        editor.removeExpense(find(claimId), expenseId);
    }

    @Override
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR')")
    public void submit(Long claimId, boolean declared) {
        editor.submit(find(claimId), declared);
    }

    /** Receipts are for the staff who check and pay the claim: the lead, coordinators and finance. */
    @Override
    @Transactional(readOnly = true)
    public Optional<StoredFile> receipt(Long claimId, Long expenseId) {
        return editor.receipt(find(claimId), expenseId);
    }

    private PaymentClaim find(Long claimId) {
        return (claimId == null ? Optional.<PaymentClaim>empty() : claims.findById(claimId))
                .orElseThrow(() -> audit.refused("claim " + claimId));
    }

    private static ClaimFilter orAll(ClaimFilter filter) {
        return filter == null ? ClaimFilter.all() : filter;
    }

    private static String name(PartnerPaymentContact contact) {
        if (contact == null) {
            return "";
        }
        return contact.preferredName() == null || contact.preferredName().isBlank() ? contact.fullName()
                : contact.preferredName();
    }
}
