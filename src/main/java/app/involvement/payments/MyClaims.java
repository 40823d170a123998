package app.involvement.payments;

import app.involvement.shared.Language;
import java.time.LocalDate;
import java.util.List;

/** The signed-in partner's own claims in the current provider; another partner's claim id is refused and logged. */
public interface MyClaims extends ClaimEditing {

    /** Newest session first, at most {@link PaymentLimits#MY_CLAIMS_SHOWN}. */
    List<ClaimRow> list();

    ClaimDetails get(Long claimId);

    /** Fees and vouchers in the tax year holding {@code day}, with the provider's threshold. */
    TaxYearTotal taxYear(LocalDate day);

    /**
     * The annual statement of payments and expenses paid in that tax year, as a PDF in the partner's language (the
     * one they read the portal in).
     */
    byte[] statement(TaxYear year, Language language);
}
