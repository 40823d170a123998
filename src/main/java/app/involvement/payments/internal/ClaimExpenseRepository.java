package app.involvement.payments.internal;

import app.involvement.payments.ExpenseLine;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClaimExpenseRepository extends JpaRepository<ClaimExpense, Long> {

    /** A claim's lines without the receipts' bytes, oldest first. */
    @Query("""
            select new app.involvement.payments.ExpenseLine(e.id, e.category, e.description, e.spentOn, e.miles,
                e.amountPence, e.priorApproval, e.receiptName, e.receiptSize)
            from ClaimExpense e where e.claimId = :claimId order by e.spentOn, e.id""")
    List<ExpenseLine> lines(Long claimId);

    @Query("select coalesce(sum(e.amountPence), 0) from ClaimExpense e where e.claimId = :claimId")
    long totalOf(Long claimId);

    @Query("""
            select coalesce(sum(e.amountPence), 0) from ClaimExpense e
            where e.claimId = :claimId and e.category = :category""")
    long totalOf(Long claimId, app.involvement.payments.ExpenseCategory category);

    long countByClaimId(Long claimId);

    Optional<ClaimExpense> findByIdAndClaimId(Long id, Long claimId);
}
