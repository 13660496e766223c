package com.hallflow.flowexecution.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.hallflow.flowdesign.StandardFlows;
import com.hallflow.flowexecution.Clerk;
import com.hallflow.flowexecution.RunningSession;
import com.hallflow.flowexecution.ServiceSessionService;
import com.hallflow.flowexecution.StartSessionCommand;
import com.hallflow.organization.BranchSummary;
import com.hallflow.promotion.DeclineReason;
import com.hallflow.promotion.OfferOutcome;
import com.hallflow.promotion.PromotionFixtures;
import com.hallflow.promotion.RolloutTarget;
import com.hallflow.promotion.VasPackage;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OfferCounterUiTest extends KaribuTest {

	@Autowired
	ServiceSessionService sessions;

	@Autowired
	StandardFlows standardFlows;

	@Autowired
	PromotionFixtures promotions;

	BranchSummary branch;

	VasPackage video;

	VasPackage ring;

	@BeforeEach
	void twoOffersAtThisBranch() {
		SystemAuthentication.runAsSystem(standardFlows::install);
		branch = fixtures.branch("推荐界面厅");
		video = promotions.pack("视频会员", "15");
		ring = promotions.pack("彩铃", "5");
		promotions.rollout(video, null, RolloutTarget.branch(branch.id()));
		promotions.rollout(ring, 10, RolloutTarget.branch(branch.id()));
		signIn(fixtures.user(StaffRole.BRANCH_STAFF, branch.id()));
	}

	GuidedRunView atRecommendStep() {
		RunningSession session = sessions
			.start(new StartSessionCommand("SIM_REPLACEMENT", false, "赵女士", Clerk.MOBILE, "GOLD"));
		Clerk counter = new Clerk(sessions);
		while (!session.currentStep().key().equals("recommend")) {
			session = counter.next(session);
		}
		UI.getCurrent().navigate(GuidedRunView.class, GuidedRunView.params(session.id()));
		return _get(GuidedRunView.class);
	}

	@Test
	void the_slot_shows_each_offer_with_its_pitch_and_every_offer_needs_an_answer() {
		GuidedRunView run = atRecommendStep();
		OfferPanel panel = run.offerPanel;
		assertThat(panel).isNotNull();
		assertThat(panel.rows()).containsOnlyKeys(video.id(), ring.id());
		assertThat(panel.getElement().toString()).contains("赵女士</span>，推荐您办理视频会员")
			.contains("¥15.00/月")
			.contains(zh("promotion.counter.quotaLeft", 10))
			.doesNotContain("{customer.name}");

		_click(run.next);
		assertThat(run.session().currentStep().key()).isEqualTo("recommend");
		OfferPanel.Row videoRow = panel.rows().get(video.id());
		assertThat(videoRow.outcome().isInvalid()).isTrue();
		assertThat(videoRow.outcome().getErrorMessage()).isEqualTo(zh("promotion.offer.answerRequired"));

		_setValue(videoRow.outcome(), OfferOutcome.DECLINED);
		assertThat(videoRow.reason().isVisible()).isTrue();
		_setValue(panel.rows().get(ring.id()).outcome(), OfferOutcome.ACCEPTED);
		_click(run.next);
		assertThat(run.session().currentStep().key()).isEqualTo("recommend");
		assertThat(videoRow.reason().isInvalid()).isTrue();
		assertThat(videoRow.reason().getErrorMessage()).isEqualTo(zh("promotion.offer.reasonRequired"));
		assertThat(NotificationsKt.getNotifications()).last()
			.satisfies(n -> assertThat(n.getElement().getProperty("text")).contains("原因"));

		_setValue(videoRow.reason(), DeclineReason.PRICE);
		_click(run.next);
		assertThat(run.session().currentStep().key()).isEqualTo("hand-over");
		run.screen.checklistBoxes().forEach(box -> _setValue(box, true));
		_click(run.next);
		_click(run.next);

		assertThat(run.showsReceipt()).isTrue();
		ReceiptSheet receipt = _get(ReceiptSheet.class);
		String offers = _get(receipt, Div.class, spec -> spec.withId("receipt-offers")).getElement().toString();
		assertThat(offers).contains("彩铃").contains("¥5.00/月").doesNotContain("视频会员");
	}

}
