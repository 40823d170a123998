package app.involvement.payments.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RateCardFeeRepository extends JpaRepository<RateCardFee, Long> {

    Optional<RateCardFee> findByRateCardIdAndActivityTypeId(Long rateCardId, Long activityTypeId);

    List<RateCardFee> findByRateCardId(Long rateCardId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from RateCardFee f where f.rateCardId = :rateCardId")
    void deleteByRateCard(Long rateCardId);
}
