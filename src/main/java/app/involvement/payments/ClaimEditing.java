package app.involvement.payments;

import app.involvement.pool.PaymentChoice;
import app.involvement.shared.StoredFile;
import java.util.Optional;

/**
 * Completing a draft or rejected claim: by the partner on "My claims", or by a coordinator or lead on their behalf.
 * Every change is refused once the claim is submitted, and for a claim the caller may not see.
 */
public interface ClaimEditing {

    /**
     * Sets how this claim is paid (from the partner's payment choice, changeable on the claim); the fee or voucher
     * is worked out again from the rate card in force on the session day.
     */
    void chooseRoute(Long claimId, PaymentChoice route);

    /**
     * @return the new line's id
     * @throws app.involvement.shared.BusinessRuleException for a missing or bad field, a future or too early day,
     *         an amount of zero, below zero or above the limit, over the category's cap, a taxi without prior
     *         approval, mileage without a rate card, too many lines, a receipt too large or not a photo or PDF;
     *         nothing is stored
     */
    Long addExpense(Long claimId, ExpenseInput expense);

    void removeExpense(Long claimId, Long expenseId);

    /**
     * Submits the claim with the declaration that it is true. Submitting twice (a double click, two tabs) is
     * refused with a clear message the second time and changes nothing.
     */
    void submit(Long claimId, boolean declared);

    /** A line's receipt, for download; empty when the line has none. */
    Optional<StoredFile> receipt(Long claimId, Long expenseId);
}
