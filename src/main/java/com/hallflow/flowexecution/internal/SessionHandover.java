package com.hallflow.flowexecution.internal;

import com.hallflow.base.AuditAction;
import com.hallflow.base.AuditDetail;
import com.hallflow.base.AuditField;
import com.hallflow.base.AuditLog;
import com.hallflow.base.BusinessException;
import com.hallflow.security.AppUser;
import org.springframework.stereotype.Component;

/**
 * Hands a running session to another clerk of its branch who takes it over (a manager
 * covering a break, a colleague finishing the customer), on the caller's transaction. The
 * session row changes its clerk, the audit log says who took it from whom, and the clerk
 * who served it before can no longer move it: every move is conditional on the clerk who
 * serves the session.
 */
@Component
public class SessionHandover {

	private final SessionAccess access;

	private final SessionWriter writer;

	private final RunStateCache cache;

	private final AuditLog audit;

	SessionHandover(SessionAccess access, SessionWriter writer, RunStateCache cache, AuditLog audit) {
		this.access = access;
		this.writer = writer;
		this.cache = cache;
		this.audit = audit;
	}

	/**
	 * Makes the taker the clerk of a running session of their own branch; nothing changes
	 * when they already serve it. "Not found" outside the taker's branch, "ended" for a
	 * session no longer running.
	 */
	public void takeOver(String id, AppUser taker) {
		SessionSnapshot session = access.load(id);
		if (taker.branchId().filter(b -> b == session.branchId()).isEmpty()) {
			throw new BusinessException("flowexecution.session.notFound");
		}
		if (!session.running()) {
			throw new BusinessException("flowexecution.run.ended");
		}
		if (session.clerkId() == taker.id()) {
			return;
		}
		if (writer.takeOver(session.id(), session.clerkId(), taker.id(), taker.username(), taker.displayName()) != 1) {
			throw new BusinessException("flowexecution.run.ended");
		}
		cache.forget(id);
		audit.record(taker.username(), AuditAction.SESSION_TAKEN_OVER, session.publicId(),
				AuditDetail.builder()
					.change(AuditField.CLERK, session.clerkDisplayName() + " (" + session.clerkName() + ")",
							taker.displayName() + " (" + taker.username() + ")")
					.value(AuditField.STEP, session.currentStep())
					.value(AuditField.CUSTOMER, session.customerMasked())
					.json());
	}

}
