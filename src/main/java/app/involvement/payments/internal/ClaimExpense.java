package app.involvement.payments.internal;

import app.involvement.payments.ExpenseCategory;
import app.involvement.payments.ExpenseLine;
import app.involvement.shared.StoredFile;
import app.involvement.shared.TenantScopedEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An expense line of a claim, with its receipt kept in the database so every instance can serve it. Lists read
 * lines through {@link ClaimExpenseRepository#lines}, without the receipt's bytes.
 */
@Entity
@Table(name = "claim_expense")
class ClaimExpense extends TenantScopedEntity {

    @Column(name = "claim_id", nullable = false, updatable = false)
    private Long claimId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ExpenseCategory category;

    @Column(updatable = false)
    private String description;

    @Column(name = "spent_on", nullable = false, updatable = false)
    private LocalDate spentOn;

    @Column(updatable = false)
    private Integer miles;

    @Column(name = "amount_pence", nullable = false, updatable = false)
    private long amountPence;

    @Column(name = "prior_approval", updatable = false)
    private String priorApproval;

    @Column(name = "receipt_name", updatable = false)
    private String receiptName;

    @Column(name = "receipt_type", updatable = false)
    private String receiptType;

    @Column(name = "receipt_size", updatable = false)
    private Long receiptSize;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(columnDefinition = "longblob", updatable = false)
    private byte[] receipt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ClaimExpense() {
    }

    ClaimExpense(Long claimId, ExpenseCategory category, String description, LocalDate spentOn, Integer miles,
            long amountPence, String priorApproval, Instant createdAt) {
        this.claimId = claimId;
        this.category = category;
        this.description = description;
        this.spentOn = spentOn;
        this.miles = miles;
        this.amountPence = amountPence;
        this.priorApproval = priorApproval;
        this.createdAt = createdAt;
    }

    void attach(String fileName, String contentType, byte[] content) {
        receiptName = fileName;
        receiptType = contentType;
        receiptSize = (long) content.length;
        receipt = content.clone();
    }

    Long getClaimId() {
        return claimId;
    }

    ExpenseCategory getCategory() {
        return category;
    }

    long getAmountPence() {
        return amountPence;
    }

    StoredFile receiptFile() {
        return receipt == null ? null : new StoredFile(receiptName, receiptType, receipt);
    }

    ExpenseLine line() {
        return new ExpenseLine(getId(), category, description, spentOn, miles, amountPence, priorApproval, receiptName,
                receiptSize);
    }
}
