package app.involvement.payments.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RateCardRepository extends JpaRepository<RateCard, Long> {

    @Query("""
            select c from RateCard c
            where c.effectiveFrom <= :day and (c.effectiveTo is null or c.effectiveTo >= :day)""")
    Optional<RateCard> findInForceOn(LocalDate day);

    List<RateCard> findAllByOrderByEffectiveFromDesc();
}
