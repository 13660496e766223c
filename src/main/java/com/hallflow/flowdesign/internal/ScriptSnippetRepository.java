package com.hallflow.flowdesign.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ScriptSnippetRepository extends JpaRepository<ScriptSnippetEntity, Long> {

	Optional<ScriptSnippetEntity> findByKey(String key);

	List<ScriptSnippetEntity> findAllByOrderByKeyAsc();

}
