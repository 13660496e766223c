package com.hallflow.demo;

import com.hallflow.flowdesign.StandardFlows;
import com.hallflow.organization.BranchCommand;
import com.hallflow.organization.BranchService;
import com.hallflow.organization.BranchSummary;
import com.hallflow.organization.RegionCommand;
import com.hallflow.organization.RegionNode;
import com.hallflow.organization.RegionService;
import com.hallflow.security.CreateUserCommand;
import com.hallflow.security.StaffRole;
import com.hallflow.security.SystemAuthentication;
import com.hallflow.security.UserAccountService;
import com.hallflow.security.UserFilter;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty embedded database with a few regions, branches, the three demo logins and the
 * seven standard flows, through the same services an administrator uses. Runs only in the {@code demo} profile.
 */
@Component
@Profile("demo")
class DemoDataLoader implements ApplicationRunner {

    static final String DEMO_PASSWORD = "hallflow-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final RegionService regions;
    private final BranchService branches;
    private final UserAccountService users;
    private final TransactionTemplate transaction;
    private final StandardFlows standardFlows;

    DemoDataLoader(RegionService regions, BranchService branches, UserAccountService users,
                   TransactionTemplate transaction, StandardFlows standardFlows) {
        this.standardFlows = standardFlows;
        this.regions = regions;
        this.branches = branches;
        this.users = users;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.runAsSystem(() -> transaction.executeWithoutResult(status -> {
            if (users.count(UserFilter.any()) == 0) {
                load();
            }
            List<String> installed = standardFlows.install();
            if (!installed.isEmpty()) {
                log.info("Demo flows published: {}", installed);
            }
        }));
    }

    private void load() {
        RegionNode guangdong = regions.create(new RegionCommand("GD", "广东省", null));
        RegionNode guangzhou = regions.create(new RegionCommand("GD-GZ", "广州市", guangdong.id()));
        RegionNode shenzhen = regions.create(new RegionCommand("GD-SZ", "深圳市", guangdong.id()));
        RegionNode zhejiang = regions.create(new RegionCommand("ZJ", "浙江省", null));
        RegionNode hangzhou = regions.create(new RegionCommand("ZJ-HZ", "杭州市", zhejiang.id()));

        BranchSummary tianhe = branch("GZ-TH-001", "广州天河营业厅", guangzhou, "广州市天河区天河路 385 号");
        branch("GZ-YX-002", "广州越秀营业厅", guangzhou, "广州市越秀区北京路 120 号");
        branch("SZ-FT-001", "深圳福田营业厅", shenzhen, "深圳市福田区深南大道 6008 号");
        branch("HZ-XH-001", "杭州西湖营业厅", hangzhou, "杭州市西湖区文三路 90 号");

        users.create(new CreateUserCommand("admin", "王敏", StaffRole.HQ_ADMIN, null, DEMO_PASSWORD, false));
        users.create(new CreateUserCommand("manager", "李强", StaffRole.BRANCH_MANAGER, tianhe.id(),
                DEMO_PASSWORD, false));
        users.create(new CreateUserCommand("clerk", "陈静", StaffRole.BRANCH_STAFF, tianhe.id(),
                DEMO_PASSWORD, false));
        log.info("Demo data loaded: logins admin, manager and clerk (password in README.md)");
    }

    private BranchSummary branch(String code, String name, RegionNode region, String address) {
        return branches.create(new BranchCommand(null, 0, code, name, region.id(), address, true));
    }
}
