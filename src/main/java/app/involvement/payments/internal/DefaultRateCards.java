package app.involvement.payments.internal;

import app.involvement.payments.ExpenseRule;
import app.involvement.payments.FeeRate;
import app.involvement.payments.PaymentSettings;
import app.involvement.payments.RateCardInput;
import app.involvement.payments.RateCardSummary;
import app.involvement.payments.RateCards;
import app.involvement.provider.ReferenceData;
import app.involvement.shared.BusinessRuleException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lead's dated rate cards and payment settings (DD033). Changes to a provider's cards are made one at a time
 * (the provider's settings row is locked first), so two leads saving at once cannot leave overlapping cards.
 * Claims still being completed are priced again from the cards as they now are; submitted ones keep their amounts.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR', 'FINANCE')")
class DefaultRateCards implements RateCards {

    private final RateCardRepository cards;
    private final RateCardFeeRepository fees;
    private final RateCardExpenseRepository expenses;
    private final PaymentSettingsRepository settings;
    private final RateCardLocks locks;
    private final DraftRepricing repricing;
    private final ReferenceData referenceData;
    private final PaymentAudit audit;

    DefaultRateCards(RateCardRepository cards, RateCardFeeRepository fees, RateCardExpenseRepository expenses,
            PaymentSettingsRepository settings, RateCardLocks locks, DraftRepricing repricing,
            ReferenceData referenceData, PaymentAudit audit) {
        this.cards = cards;
        this.fees = fees;
        this.expenses = expenses;
        this.settings = settings;
        this.locks = locks;
        this.repricing = repricing;
        this.referenceData = referenceData;
        this.audit = audit;
    }

    @Override
    public List<RateCardSummary> list() {
        return cards.findSummaries(PageRequest.of(0, MAX_CARDS));
    }

    @Override
    public RateCardInput get(Long rateCardId) {
        return input(card(rateCardId));
    }

    @Override
    public Optional<RateCardInput> inForceOn(LocalDate day) {
        return day == null ? Optional.empty() : cards.findInForceOn(day).map(this::input);
    }

    @Override
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasRole('LEAD')")
    public Long create(RateCardInput input) {
        var clean = RateCardRules.clean(input);
        checkActivityTypes(clean);
        locks.lockProviderCards();
        var existing = cards.findAllByOrderByEffectiveFromDesc();
        if (existing.size() >= MAX_CARDS) {
            throw new BusinessRuleException("rate-card.too-many", MAX_CARDS);
        }
        checkNoOverlap(clean, existing, null);
        var card = cards.save(new RateCard(clean.effectiveFrom(), clean.effectiveTo(), clean.mileagePencePerMile(),
                clean.onlineAllowancePence(), audit.actor()));
        saveLines(card.getId(), clean);
        int repriced = repricing.reprice(card.getId(), clean.effectiveFrom(), clean.effectiveTo());
        audit.record("RATE_CARD_CREATED", "rate card " + card.getId(), describe(clean, repriced));
        return card.getId();
    }

    @Override
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasRole('LEAD')")
    public void update(Long rateCardId, RateCardInput input) {
        if (rateCardId == null || !cards.existsById(rateCardId)) {
            throw audit.refused("rate card " + rateCardId);
        }
        var clean = RateCardRules.clean(input);
        checkActivityTypes(clean);
        locks.lockProviderCards();
        var card = card(rateCardId);
        checkNoOverlap(clean, cards.findAllByOrderByEffectiveFromDesc(), rateCardId);
        String before = RateCardRules.day(card.getEffectiveFrom()) + "–"
                + (card.getEffectiveTo() == null ? "" : RateCardRules.day(card.getEffectiveTo()));
        card.change(clean.effectiveFrom(), clean.effectiveTo(), clean.mileagePencePerMile(),
                clean.onlineAllowancePence(), audit.actor());
        fees.deleteByRateCard(rateCardId);
        expenses.deleteByRateCard(rateCardId);
        saveLines(rateCardId, clean);
        int repriced = repricing.reprice(rateCardId, clean.effectiveFrom(), clean.effectiveTo());
        audit.record("RATE_CARD_CHANGED", "rate card " + rateCardId, "was " + before + "; " + describe(clean, repriced));
    }

    @Override
    @PreAuthorize("hasAnyRole('LEAD', 'COORDINATOR', 'FINANCE', 'PARTNER')")
    public PaymentSettings settings() {
        return settings.current();
    }

    @Override
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasRole('LEAD')")
    public void saveSettings(PaymentSettings changed) {
        var clean = RateCardRules.settings(changed);
        var entry = locks.lockProviderCards();
        entry.change(clean);
        audit.record("PAYMENT_SETTINGS_SAVED", "payment settings", "turnaround " + clean.turnaroundDays()
                + " days, tax-year threshold " + (clean.taxYearThresholdPence() == null ? "none"
                : clean.taxYearThresholdPence() + "p"));
    }

    /** This provider's card; an unknown or another provider's id is refused and audited. */
    private RateCard card(Long rateCardId) {
        return (rateCardId == null ? Optional.<RateCard>empty() : cards.findById(rateCardId))
                .orElseThrow(() -> audit.refused("rate card " + rateCardId));
    }

    private RateCardInput input(RateCard card) {
        var rates = fees.findByRateCardId(card.getId()).stream().map(RateCardFee::rate)
                .sorted(Comparator.comparing(FeeRate::activityTypeId)).toList();
        var rules = expenses.findByRateCardId(card.getId()).stream().map(RateCardExpense::rule)
                .sorted(Comparator.comparing(ExpenseRule::category)).toList();
        return new RateCardInput(card.getEffectiveFrom(), card.getEffectiveTo(), card.getMileagePencePerMile(),
                card.getOnlineAllowancePence(), rates, rules);
    }

    /** Every fee is for one of this provider's activity types; anything else is a tampered id. */
    private void checkActivityTypes(RateCardInput card) {
        var ids = new HashSet<Long>();
        card.fees().forEach(f -> ids.add(f.activityTypeId()));
        var known = referenceData.existingActivityTypes(ids);
        ids.removeAll(known);
        if (!ids.isEmpty()) {
            throw audit.refused("activity type " + ids.iterator().next());
        }
    }

    private static void checkNoOverlap(RateCardInput card, List<RateCard> existing, Long self) {
        existing.stream().filter(other -> !other.getId().equals(self))
                .filter(other -> RateCardRules.overlap(card.effectiveFrom(), card.effectiveTo(),
                        other.getEffectiveFrom(), other.getEffectiveTo()))
                .findFirst().ifPresent(other -> {
                    throw other.getEffectiveTo() == null
                            ? new BusinessRuleException("rate-card.overlap-open", RateCardRules.day(other.getEffectiveFrom()))
                            : new BusinessRuleException("rate-card.overlap", RateCardRules.day(other.getEffectiveFrom()),
                                    RateCardRules.day(other.getEffectiveTo()));
                });
    }

    private void saveLines(Long rateCardId, RateCardInput card) {
        fees.saveAll(card.fees().stream().map(rate -> new RateCardFee(rateCardId, rate)).toList());
        expenses.saveAll(card.expenses().stream().map(rule -> new RateCardExpense(rateCardId, rule)).toList());
        fees.flush();
    }

    private static String describe(RateCardInput card, int repriced) {
        return RateCardRules.day(card.effectiveFrom()) + "–"
                + (card.effectiveTo() == null ? "" : RateCardRules.day(card.effectiveTo()))
                + ", " + card.fees().size() + " fees, " + card.expenses().size() + " expense rules, mileage "
                + card.mileagePencePerMile() + "p, online " + card.onlineAllowancePence() + "p; "
                + repriced + " open claims priced again";
    }
}
