package com.hallflow.security.internal;

import com.hallflow.security.StaffRole;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	boolean existsByUsername(String username);

	List<UserAccount> findByUsernameIn(Collection<String> usernames);

	@Query("""
			select u from UserAccount u
			where (:text is null or lower(u.username) like :text or lower(u.displayName) like :text)
			  and (:role is null or u.role = :role)
			  and (:branchId is null or u.branchId = :branchId)
			""")
	Page<UserAccount> search(@Param("text") String text, @Param("role") StaffRole role,
			@Param("branchId") Long branchId, Pageable pageable);

	// Login bookkeeping uses single UPDATE statements: concurrent failures count
	// correctly and
	// never collide with an administrator's optimistic lock on the same row.

	@Modifying
	@Query("""
			update UserAccount u set u.failedAttempts = 0, u.lockedUntil = null
			where u.username = :username and u.lockedUntil is not null and u.lockedUntil <= :now
			""")
	int forgetExpiredLock(@Param("username") String username, @Param("now") Instant now);

	@Modifying
	@Query("update UserAccount u set u.failedAttempts = u.failedAttempts + 1 where u.username = :username")
	int countFailure(@Param("username") String username);

	@Modifying
	@Query("""
			update UserAccount u set u.lockedUntil = :until
			where u.username = :username and u.failedAttempts >= :maxFailures and u.lockedUntil is null
			""")
	int lockWhenTooManyFailures(@Param("username") String username, @Param("maxFailures") int maxFailures,
			@Param("until") Instant until);

	@Modifying
	@Query("""
			update UserAccount u set u.failedAttempts = 0, u.lockedUntil = null
			where u.username = :username and (u.failedAttempts > 0 or u.lockedUntil is not null)
			""")
	int forgetFailures(@Param("username") String username);

}
