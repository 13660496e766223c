package com.hallflow.security.internal;

import com.hallflow.security.StaffRole;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
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

}
