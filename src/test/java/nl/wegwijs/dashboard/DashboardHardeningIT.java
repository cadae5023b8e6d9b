package nl.wegwijs.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The dashboard's door as an attacker tries it: odd dates, Basic credentials, password guessing, cookies. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class DashboardHardeningIT {

    @DynamicPropertySource
    static void staff(DynamicPropertyRegistry registry) {
        DashboardFixtures.registerStaff(registry);
    }

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest
    @ValueSource(strings = {"/dashboard?from=%2B999999999-12-31", "/dashboard?to=-999999999-01-01", "/dashboard?from=0001-01-01",
        "/dashboard?to=9999-12-31", "/dashboard?from=2026-02-30", "/dashboard/summary?month=99999-01",
        "/dashboard/export/topics.csv?from=%2B999999999-12-31", "/dashboard/export/topics.csv?to=yesterday"})
    void anImpossibleDateIsA400WithoutAStackTraceInTheLog(String url, CapturedOutput log) throws Exception {
        var response = mvc.perform(get(url).with(user(DashboardFixtures.USER).roles("STAFF")))
                .andExpect(status().isBadRequest()).andReturn().getResponse();
        assertThat(response.getContentAsString()).doesNotContain("Exception");
        assertThat(log.getAll()).doesNotContain("DateTimeException").doesNotContain("\tat java.");
    }

    @Test
    void basicCredentialsOpenNothing() throws Exception {
        String basic = Base64.getEncoder().encodeToString((DashboardFixtures.USER + ":" + DashboardFixtures.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/dashboard/export/topics.csv"))
                .header("Authorization", "Basic " + basic).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).as("no Basic challenge").isEmpty();
        assertThat(response.body()).doesNotContain("onderwerp");
    }

    @Test
    void passwordGuessingIsThrottledEvenForTheRightPasswordAfterwards() throws Exception {
        String name = "raden-" + System.nanoTime();
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(name).password("guess" + i)).andExpect(status().is3xxRedirection());
        }
        mvc.perform(formLogin("/login").user(name).password("guess6")).andExpect(status().isTooManyRequests());
        // the real user's own attempts are counted apart
        mvc.perform(formLogin("/login").user(DashboardFixtures.USER).password(DashboardFixtures.PASSWORD))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void theSessionCookieIsStrictSameSiteHttpOnlyAndSecureBehindTls() throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("X-Forwarded-Proto", "https").GET().build(), HttpResponse.BodyHandlers.ofString());
        String cookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst()
                .orElseThrow(() -> new AssertionError("the login page starts a session for its CSRF token"));
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").contains("Secure");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("same-origin");
    }
}
