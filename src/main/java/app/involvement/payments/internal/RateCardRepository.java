package app.involvement.payments.internal;

import app.involvement.payments.RateCardSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RateCardRepository extends JpaRepository<RateCard, Long> {

    @Query("""
            select c from RateCard c
            where c.effectiveFrom <= :day and (c.effectiveTo is null or c.effectiveTo >= :day)""")
    Optional<RateCard> findInForceOn(LocalDate day);

    List<RateCard> findAllByOrderByEffectiveFromDesc();

    /** The list, newest first, with each card's number of fees, in one query. */
    @Query("""
            select new app.involvement.payments.RateCardSummary(c.id, c.effectiveFrom, c.effectiveTo,
                (select cast(count(f) as int) from RateCardFee f where f.rateCardId = c.id), c.mileagePencePerMile,
                c.updatedBy)
            from RateCard c order by c.effectiveFrom desc, c.id desc""")
    List<RateCardSummary> findSummaries(Pageable page);
}
