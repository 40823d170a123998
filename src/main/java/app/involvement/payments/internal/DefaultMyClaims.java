package app.involvement.payments.internal;

import app.involvement.identity.CurrentUser;
import app.involvement.identity.MembershipView;
import app.involvement.payments.ClaimDetails;
import app.involvement.payments.ClaimRow;
import app.involvement.payments.ExpenseInput;
import app.involvement.payments.MyClaims;
import app.involvement.payments.PaymentLimits;
import app.involvement.payments.TaxYear;
import app.involvement.payments.TaxYearTotal;
import app.involvement.pool.MyProfile;
import app.involvement.pool.PartnerDetails;
import app.involvement.pool.PaymentChoice;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.Language;
import app.involvement.shared.StoredFile;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in partner's own claims (DD034), found by their account, never by a partner id from the page. A claim
 * id that is not theirs (another partner's, another provider's, or made up) is refused like an unknown one and
 * logged. Changes go through {@link ClaimEditor}, which holds the rules staff editing shares.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('PARTNER')")
class DefaultMyClaims implements MyClaims {

    private final MyProfile myProfile;
    private final PaymentClaimRepository claims;
    private final MyClaimQueries queries;
    private final ClaimReads reads;
    private final ClaimEditor editor;
    private final PaymentSettingsRepository settings;
    private final AnnualStatement statements;
    private final CurrentUser currentUser;
    private final PaymentAudit audit;

    DefaultMyClaims(MyProfile myProfile, PaymentClaimRepository claims, MyClaimQueries queries, ClaimReads reads,
            ClaimEditor editor, PaymentSettingsRepository settings, AnnualStatement statements,
            CurrentUser currentUser, PaymentAudit audit) {
        this.myProfile = myProfile;
        this.claims = claims;
        this.queries = queries;
        this.reads = reads;
        this.editor = editor;
        this.settings = settings;
        this.statements = statements;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Override
    public List<ClaimRow> list() {
        return myProfile.id().map(partner -> {
            int turnaround = reads.turnaroundDays();
            return queries.newestFirst(partner, PaymentLimits.MY_CLAIMS_SHOWN).stream()
                    .map(c -> reads.row(c, "", turnaround)).toList();
        }).orElse(List.of());
    }

    @Override
    public ClaimDetails get(Long claimId) {
        return reads.details(own(claimId), "");
    }

    @Override
    @Transactional
    public void chooseRoute(Long claimId, PaymentChoice route) {
        editor.chooseRoute(own(claimId), route);
    }

    @Override
    @Transactional
    public Long addExpense(Long claimId, ExpenseInput expense) {
        return editor.addExpense(own(claimId), expense);
    }

    @Override
    @Transactional
    public void removeExpense(Long claimId, Long expenseId) {
        editor.removeExpense(own(claimId), expenseId);
    }

    @Override
    @Transactional
    public void submit(Long claimId, boolean declared) {
        editor.submit(own(claimId), declared);
    }

    @Override
    public Optional<StoredFile> receipt(Long claimId, Long expenseId) {
        return editor.receipt(own(claimId), expenseId);
    }

    @Override
    public TaxYearTotal taxYear(LocalDate day) {
        TaxYear year = TaxYear.of(day);
        long[] sums = myProfile.id().map(partner -> queries.feesAndVouchers(partner, year)).orElse(new long[2]);
        return new TaxYearTotal(year.from(), year.to(), sums[0], sums[1], settings.current().taxYearThresholdPence());
    }

    @Override
    public byte[] statement(TaxYear year, Language language) {
        PartnerDetails me = myProfile.get().orElseThrow(() -> new BusinessRuleException("my-sessions.no-profile"));
        String provider = currentUser.get().flatMap(u -> u.activeMembership()).map(MembershipView::providerName)
                .orElse("");
        var paid = queries.paidIn(me.id(), year).stream().map(c -> reads.row(c, "", 0)).toList();
        return statements.pdf(me.profile().fullName(), provider, year, paid, language);
    }

    /** The partner's own claim, or refused and logged. */
    private PaymentClaim own(Long claimId) {
        Long partner = myProfile.id().orElseThrow(() -> audit.refused("claim " + claimId));
        return Optional.ofNullable(claimId).flatMap(id -> claims.findByIdAndPartnerId(id, partner))
                .orElseThrow(() -> audit.refused("claim " + claimId));
    }
}
