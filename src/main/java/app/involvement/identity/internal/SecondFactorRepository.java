package app.involvement.identity.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SecondFactorRepository extends JpaRepository<SecondFactor, Long> {

    Optional<SecondFactor> findByUserId(Long userId);

    boolean existsByUserId(Long userId);
}
