package app.involvement.privacy.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NoticeConfirmationRepository extends JpaRepository<NoticeConfirmation, Long> {

    Optional<NoticeConfirmation> findByUserIdAndNumber(Long userId, int number);

    @Query("select c from NoticeConfirmation c where c.partnerId = :partnerId or c.userId = :userId order by c.number")
    List<NoticeConfirmation> about(Long partnerId, Long userId);

    @Modifying
    @Query("delete from NoticeConfirmation c where c.partnerId = :partnerId or c.userId = :userId")
    int deleteAbout(Long partnerId, Long userId);
}
