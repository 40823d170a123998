package app.involvement.payments.internal;

import app.involvement.payments.ClaimStatus;
import app.involvement.payments.ExpenseCategory;
import app.involvement.payments.ExpenseInput;
import app.involvement.payments.ExpenseRule;
import app.involvement.payments.PaymentLimits;
import app.involvement.pool.PaymentChoice;
import app.involvement.shared.BusinessRuleException;
import app.involvement.shared.ContentTypes;
import app.involvement.shared.Money;
import app.involvement.shared.StoredFile;
import app.involvement.shared.UkFormats;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The rules for completing a draft or rejected claim, whoever does it (the partner, or staff on their behalf).
 * Callers pass a claim they have already checked the person may see; each change locks the claim row first, so a
 * change racing a submission waits for it and then finds the claim submitted.
 */
@Component
class ClaimEditor {

    /** Photos (including the HEIC/HEIF of iPhones) and PDF, by content. */
    static final Set<String> RECEIPT_TYPES = Set.of("application/pdf", "image/jpeg", "image/png", "image/heic",
            "image/heif", "image/webp");

    private final PaymentClaimRepository claims;
    private final ClaimExpenseRepository expenses;
    private final RateCardRepository cards;
    private final RateCardExpenseRepository rules;
    private final FeeCalculator fees;
    private final PaymentAudit audit;
    private final Clock clock;
    private final EntityManager entityManager;

    ClaimEditor(PaymentClaimRepository claims, ClaimExpenseRepository expenses, RateCardRepository cards,
            RateCardExpenseRepository rules, FeeCalculator fees, PaymentAudit audit, Clock clock,
            EntityManager entityManager) {
        this.entityManager = entityManager;
        this.claims = claims;
        this.expenses = expenses;
        this.cards = cards;
        this.rules = rules;
        this.fees = fees;
        this.audit = audit;
        this.clock = clock;
    }

    void chooseRoute(PaymentClaim claim, PaymentChoice route) {
        if (route == null) {
            throw new BusinessRuleException("payments.claim.route-required");
        }
        editable(claim);
        claim.route(route);
        claim.price(fees.feeFor(claim.session(), route));
        audit.record("CLAIM_ROUTE_CHOSEN", "claim " + claim.getId(), route.name());
    }

    Long addExpense(PaymentClaim claim, ExpenseInput input) {
        if (input == null || input.category() == null) {
            throw new BusinessRuleException("payments.expense.category-required");
        }
        editable(claim);
        if (expenses.countByClaimId(claim.getId()) >= PaymentLimits.MAX_EXPENSE_LINES) {
            throw new BusinessRuleException("payments.expense.too-many", PaymentLimits.MAX_EXPENSE_LINES);
        }
        LocalDate spentOn = spentOn(claim, input.spentOn());
        String description = clean(input.description(), PaymentLimits.DESCRIPTION);
        if (input.category() == ExpenseCategory.OTHER && description == null) {
            throw new BusinessRuleException("payments.expense.description-required");
        }
        long amount = input.category().byMiles() ? mileage(claim, input.miles()) : amount(input.amountPence());
        var rule = claim.getRateCardId() == null ? Optional.<ExpenseRule>empty()
                : rules.findByRateCardIdAndCategory(claim.getRateCardId(), input.category()).map(RateCardExpense::rule);
        String priorApproval = clean(input.priorApproval(), PaymentLimits.PRIOR_APPROVAL);
        boolean needsApproval = rule.map(ExpenseRule::priorApproval).orElse(input.category() == ExpenseCategory.TAXI);
        if (needsApproval && priorApproval == null) {
            throw new BusinessRuleException("payments.expense.prior-approval-required");
        }
        Long cap = rule.map(ExpenseRule::capPence).orElse(null);
        if (cap != null && expenses.totalOf(claim.getId(), input.category()) + amount > cap) {
            throw new BusinessRuleException("payments.expense.over-cap", Money.toPounds(cap));
        }
        var line = new ClaimExpense(claim.getId(), input.category(), description, spentOn,
                input.category().byMiles() ? input.miles() : null, amount, priorApproval, clock.instant());
        byte[] receipt = input.receipt();
        if (receipt != null) {
            line.attach(fileName(input.receiptName()), receiptType(receipt), receipt);
        }
        expenses.save(line);
        expenses.flush();
        claim.expensesTotal(expenses.totalOf(claim.getId()));
        audit.record("CLAIM_EXPENSE_ADDED", "claim " + claim.getId(), input.category() + " " + amount + "p"
                + (receipt == null ? "" : ", receipt"));
        return line.getId();
    }

    void removeExpense(PaymentClaim claim, Long expenseId) {
        editable(claim);
        var line = expenses.findByIdAndClaimId(expenseId, claim.getId())
                .orElseThrow(() -> audit.refused("claim expense " + expenseId));
        expenses.delete(line);
        expenses.flush();
        claim.expensesTotal(expenses.totalOf(claim.getId()));
        audit.record("CLAIM_EXPENSE_REMOVED", "claim " + claim.getId(), "expense " + expenseId);
    }

    /** Draft or rejected → submitted, with the declaration; the fee is worked out once more from the rate card. */
    void submit(PaymentClaim claim, boolean declared) {
        lock(claim);
        if (!claim.getStatus().editable()) {
            throw new BusinessRuleException("payments.claim.already-submitted");
        }
        if (!declared) {
            throw new BusinessRuleException("payments.claim.declaration-required");
        }
        if (claim.getRoute() == null) {
            throw new BusinessRuleException("payments.claim.route-required");
        }
        claim.price(fees.feeFor(claim.session(), claim.getRoute()));
        claim.expensesTotal(expenses.totalOf(claim.getId()));
        if (claim.totalPence() == 0) {
            throw new BusinessRuleException("payments.claim.nothing-to-claim");
        }
        boolean again = claim.getStatus() == ClaimStatus.REJECTED;
        claim.submit(clock.instant(), audit.actor());
        claims.flush();
        audit.record(again ? "CLAIM_RESUBMITTED" : "CLAIM_SUBMITTED", "claim " + claim.getId(),
                claim.totalPence() + "p");
    }

    Optional<StoredFile> receipt(PaymentClaim claim, Long expenseId) {
        return Optional.ofNullable(expenseId).flatMap(id -> expenses.findByIdAndClaimId(id, claim.getId()))
                .map(ClaimExpense::receiptFile);
    }

    private void editable(PaymentClaim claim) {
        lock(claim);
        if (!claim.getStatus().editable()) {
            throw new BusinessRuleException("payments.claim.not-editable");
        }
    }

    /** Takes the row lock and reads the claim as it is now (another transaction may just have submitted it). */
    private void lock(PaymentClaim claim) {
        entityManager.refresh(claim, LockModeType.PESSIMISTIC_WRITE);
    }

    private LocalDate spentOn(PaymentClaim claim, LocalDate day) {
        if (day == null) {
            throw new BusinessRuleException("payments.expense.day-required");
        }
        if (day.isAfter(LocalDate.now(clock.withZone(UkFormats.UK_TIME)))) {
            throw new BusinessRuleException("payments.expense.future");
        }
        if (day.isBefore(claim.getHeldOn().minusDays(PaymentLimits.EXPENSE_DAYS_BEFORE_SESSION))) {
            throw new BusinessRuleException("payments.expense.too-early", PaymentLimits.EXPENSE_DAYS_BEFORE_SESSION);
        }
        return day;
    }

    private long mileage(PaymentClaim claim, Integer miles) {
        if (miles == null || miles < 1 || miles > PaymentLimits.MAX_MILES) {
            throw new BusinessRuleException("payments.expense.miles", PaymentLimits.MAX_MILES);
        }
        var card = Optional.ofNullable(claim.getRateCardId()).flatMap(cards::findById)
                .orElseThrow(() -> new BusinessRuleException("payments.expense.no-rate-card"));
        return card.getMileagePencePerMile() * miles;
    }

    private static long amount(Long pence) {
        if (pence == null) {
            throw new BusinessRuleException("payments.expense.amount-required");
        }
        if (pence <= 0 || pence > PaymentLimits.MAX_EXPENSE_PENCE) {
            throw new BusinessRuleException("payments.expense.amount-range", Money.toPounds(PaymentLimits.MAX_EXPENSE_PENCE));
        }
        return pence;
    }

    private static String receiptType(byte[] content) {
        if (content.length == 0) {
            throw new BusinessRuleException("payments.receipt.empty");
        }
        if (content.length > PaymentLimits.MAX_RECEIPT_BYTES) {
            throw new BusinessRuleException("payments.receipt.too-large", PaymentLimits.MAX_RECEIPT_BYTES / (1024 * 1024));
        }
        String type = ContentTypes.detect(content);
        if (!RECEIPT_TYPES.contains(type)) {
            throw new BusinessRuleException("payments.receipt.wrong-type");
        }
        return type;
    }

    /** The name without any folder, control or quote characters, and not too long. */
    static String fileName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (base.isEmpty()) {
            base = "receipt";
        }
        return base.length() > PaymentLimits.FILE_NAME ? base.substring(base.length() - PaymentLimits.FILE_NAME) : base;
    }

    private static String clean(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.length() > max) {
            throw new BusinessRuleException("field.too-long", max);
        }
        return value;
    }
}
