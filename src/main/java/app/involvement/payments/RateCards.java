package app.involvement.payments;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The lead keeps dated rate cards and the payment settings; coordinators and finance read them. No rate is
 * hard-coded: a claim's fee comes from the card in force on the session day.
 */
public interface RateCards {

    /** More than any provider keeps; keeps the list bounded. */
    int MAX_CARDS = 100;

    /** Every card, newest first (a provider has a handful, at most {@link #MAX_CARDS}). */
    List<RateCardSummary> list();

    /** @throws org.springframework.security.access.AccessDeniedException for another provider's card */
    RateCardInput get(Long rateCardId);

    /** The card in force on that day, if any. */
    Optional<RateCardInput> inForceOn(LocalDate day);

    /**
     * @throws app.involvement.shared.BusinessRuleException for a missing or bad field, an end before the start,
     *         dates overlapping another card, a negative or absurd amount; nothing is stored
     */
    Long create(RateCardInput input);

    /** Changes a card; claims already submitted keep the amounts they were submitted with. */
    void update(Long rateCardId, RateCardInput input);

    PaymentSettings settings();

    /** @throws app.involvement.shared.BusinessRuleException for a turnaround or threshold out of range */
    void saveSettings(PaymentSettings settings);
}
