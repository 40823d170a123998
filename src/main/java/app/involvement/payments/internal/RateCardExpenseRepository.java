package app.involvement.payments.internal;

import app.involvement.payments.ExpenseCategory;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RateCardExpenseRepository extends JpaRepository<RateCardExpense, Long> {

    Optional<RateCardExpense> findByRateCardIdAndCategory(Long rateCardId, ExpenseCategory category);

    List<RateCardExpense> findByRateCardId(Long rateCardId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from RateCardExpense e where e.rateCardId = :rateCardId")
    void deleteByRateCard(Long rateCardId);
}
