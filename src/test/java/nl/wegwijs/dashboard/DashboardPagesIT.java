package nl.wegwijs.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The dashboard's pages and exports behind the login, and the k rule as a visitor would meet it. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DashboardPagesIT {

    @DynamicPropertySource
    static void staff(DynamicPropertyRegistry registry) {
        DashboardFixtures.registerStaff(registry);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    final RequestPostProcessor staff = user(DashboardFixtures.USER).roles("STAFF");

    @BeforeEach
    void seed() {
        new DashboardFixtures(jdbc).seed();
    }

    String body(String url) throws Exception {
        return mvc.perform(get(url).with(staff)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aGroupOfFourAskersNeverAppearsInThePageTheSummaryOrAnyExport() throws Exception {
        StringBuilder everything = new StringBuilder(body("/dashboard")).append(body("/dashboard/summary?month="
                + java.time.YearMonth.from(java.time.LocalDate.now().minusDays(1))));
        for (String view : ExportController.VIEWS.keySet()) {
            everything.append(body("/dashboard/export/" + view + ".csv"));
        }

        for (String marker : DashboardFixtures.SMALL_GROUP_MARKERS) {
            assertThat(everything.toString()).as(marker).doesNotContainIgnoringCase(marker);
        }
        assertThat(everything.toString()).as("groups of exactly five are shown")
                .contains("pesten", "huiselijk geweld", "ots", "org_alamal", "Stichting Al Amal", "zwemles");
    }

    @Test
    void csvExportIsAnAttachmentWithTheFiltersApplied() throws Exception {
        var response = mvc.perform(get("/dashboard/export/topics.csv?language=tr").with(staff))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andReturn().getResponse();

        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment").contains("wegwijs-topics-");
        String csv = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFonderwerp,vragen,vragenstellers,trend").doesNotContain("adhd");
        assertThat(body("/dashboard/export/topics.csv")).contains("adhd,6,6");
        assertThat(body("/dashboard/export/unanswered.csv")).contains("zwemles").contains("waar is zwemles voor kinderen");
    }

    @Test
    void nothingIsReachableWithoutLogin() throws Exception {
        for (String url : new String[] {"/dashboard", "/dashboard/summary", "/dashboard/export/topics.csv",
            "/dashboard/export/crisis.csv", "/dashboard/dashboard.js"}) {
            // a browser is sent to the login page, a script gets a 401; neither gets data
            mvc.perform(get(url).accept(org.springframework.http.MediaType.TEXT_HTML))
                    .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
            mvc.perform(get(url)).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/login")).andExpect(status().isOk());
    }

    @Test
    void aLoggedInUserWithoutTheStaffRoleIsDenied() throws Exception {
        mvc.perform(get("/dashboard/export/topics.csv").with(user("someone").roles("PARENT")))
                .andExpect(status().isForbidden());
    }

    @Test
    void logsInWithTheConfiguredHashAndRejectsAWrongPassword() throws Exception {
        mvc.perform(formLogin("/login").user(DashboardFixtures.USER).password(DashboardFixtures.PASSWORD))
                .andExpect(redirectedUrl("/dashboard"));
        mvc.perform(formLogin("/login").user(DashboardFixtures.USER).password("wrong"))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void loginAndLogoutNeedTheCsrfToken() throws Exception {
        mvc.perform(post("/login").param("username", DashboardFixtures.USER).param("password", DashboardFixtures.PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(staff)).andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(staff).with(csrf()).accept(org.springframework.http.MediaType.TEXT_HTML))
                .andExpect(redirectedUrl("/login?logout"));
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicy() throws Exception {
        String csp = mvc.perform(get("/dashboard").with(staff)).andReturn().getResponse()
                .getHeader("Content-Security-Policy");

        assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline");
    }
}
