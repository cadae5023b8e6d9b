package nl.wegwijs.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The Helm chart as an operator meets it: linted and rendered by real helm, read as typed objects. */
class HelmChartTest {

    @ParameterizedTest
    @ValueSource(strings = {"one-replica-polling.yaml", "three-replicas-webhook.yaml", "existing-secret.yaml",
            "tls-off.yaml", "registry-configmap.yaml", "registry-existing.yaml"})
    void every_supported_set_of_values_passes_strict_lint_and_renders(String values, @TempDir Path scratch) {
        var lint = Chart.lint(values, scratch);
        assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
        assertThat(Chart.render(values).kinds()).contains("Deployment", "Service", "ConfigMap");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "refused-replicas-without-webhook.yaml   | needs telegram.webhookUrl",
            "refused-autoscaling-without-webhook.yaml | needs telegram.webhookUrl",
            "refused-no-database-password.yaml        | secrets.databasePassword is required",
            "refused-secret-and-existing-secret.yaml  | either existingSecret or secrets.*",
            "refused-no-asker-key.yaml                | secrets.askerKeySecret is required",
            "refused-whatsapp-without-app-secret.yaml | whatsapp.phoneNumberId needs"})
    void unsafe_values_fail_the_render_with_a_clear_message(String values, String message) {
        assertThatThrownBy(() -> Chart.template(values)).hasMessageContaining(message);
    }

    @Test
    void release_wegwijs_is_not_named_twice() {
        Deployment deployment = Chart.render("one-replica-polling.yaml").one(Deployment.class);
        assertThat(deployment.getMetadata().getName()).isEqualTo("wegwijs");
    }

    @Test
    void one_replica_long_polls_and_has_no_disruption_budget_or_autoscaler() {
        RenderedChart chart = Chart.render("one-replica-polling.yaml");
        assertThat(chart.one(Deployment.class).getSpec().getReplicas()).isEqualTo(1);
        assertThat(chart.all(PodDisruptionBudget.class)).isEmpty();
        assertThat(chart.all(HorizontalPodAutoscaler.class)).isEmpty();
        assertThat(chart.one(ConfigMap.class).getData()).doesNotContainKey("TELEGRAM_WEBHOOK_URL")
                .containsEntry("SPRING_PROFILES_ACTIVE", "postgres");
    }

    @Test
    void several_replicas_run_behind_the_webhook_with_autoscaler_and_disruption_budget() {
        RenderedChart chart = Chart.render("three-replicas-webhook.yaml");
        Deployment deployment = chart.one(Deployment.class);
        assertThat(deployment.getSpec().getReplicas()).as("the autoscaler owns the count").isNull();
        assertThat(chart.one(HorizontalPodAutoscaler.class).getSpec().getMinReplicas()).isEqualTo(3);
        assertThat(chart.one(PodDisruptionBudget.class).getSpec().getMinAvailable().getIntVal()).isEqualTo(1);
        assertThat(chart.find(ConfigMap.class, "wegwijs").orElseThrow().getData())
                .containsEntry("TELEGRAM_WEBHOOK_URL", "https://wegwijs.example.nl/telegram/webhook");
        assertThat(chart.one(Secret.class).getStringData()).containsEntry("TELEGRAM_WEBHOOK_SECRET", "hook-secret");
    }

    @Test
    void handoff_admins_and_dashboard_users_come_from_the_secret_as_the_app_reads_them() {
        Map<String, String> secret = Chart.render("three-replicas-webhook.yaml").one(Secret.class).getStringData();
        assertThat(secret).containsEntry("WEGWIJS_HANDOFF_ADMINS", "1001,1002")
                .containsEntry("WEGWIJS_DASHBOARD_USERS_0_USERNAME", "jeugdplatform")
                .containsEntry("WEGWIJS_DASHBOARD_USERS_0_PASSWORDHASH", "{bcrypt}$2y$10$abcdefghijklmnopqrstuv")
                .containsEntry("WEGWIJS_WEB_SECRET", "web-secret-of-at-least-thirty-two-characters")
                .containsEntry("WEGWIJS_ASKER_KEY_SECRET", "asker-key-secret-of-at-least-32-characters");
    }

    @Test
    void whatsapp_is_configured_as_the_app_reads_it_with_its_secrets_in_the_secret() {
        RenderedChart chart = Chart.render("three-replicas-webhook.yaml");
        assertThat(chart.find(ConfigMap.class, "wegwijs").orElseThrow().getData())
                .containsEntry("WHATSAPP_PHONE_NUMBER_ID", "106540352242922")
                .doesNotContainKeys("WHATSAPP_ACCESS_TOKEN", "WHATSAPP_APP_SECRET", "WHATSAPP_API_URL");
        assertThat(chart.one(Secret.class).getStringData()).containsEntry("WHATSAPP_ACCESS_TOKEN", "wa-token")
                .containsEntry("WHATSAPP_APP_SECRET", "wa-app-secret").containsEntry("WHATSAPP_VERIFY_TOKEN", "wa-verify");
        assertThat(Chart.render("one-replica-polling.yaml").one(ConfigMap.class).getData())
                .as("off unless configured").doesNotContainKey("WHATSAPP_PHONE_NUMBER_ID");
    }

    @Test
    void a_rollout_drains_the_pod_before_it_stops_and_restarts_it_when_config_or_secret_change() {
        Deployment deployment = Chart.render("three-replicas-webhook.yaml").one(Deployment.class);
        var pod = deployment.getSpec().getTemplate();
        assertThat(pod.getSpec().getTerminationGracePeriodSeconds()).isEqualTo(90L);
        assertThat(container(deployment).getLifecycle().getPreStop().getSleep().getSeconds()).isEqualTo(10L);
        assertThat(pod.getMetadata().getAnnotations()).containsKeys("checksum/config", "checksum/secret");
        assertThat(deployment.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal()).isZero();
    }

    @Test
    void the_public_ingress_serves_only_the_chat_its_api_and_the_webhooks() {
        RenderedChart chart = Chart.render("three-replicas-webhook.yaml");
        Ingress publicIngress = chart.find(Ingress.class, "wegwijs").orElseThrow();
        List<String> paths = paths(publicIngress);
        assertThat(paths).contains("/", "/api", "/telegram/webhook", "/whatsapp/webhook");
        assertThat(paths).noneMatch(p -> p.startsWith("/dashboard") || p.startsWith("/actuator") || p.equals("/login"));
        assertThat(publicIngress.getSpec().getRules().get(0).getHttp().getPaths())
                .filteredOn(p -> p.getPath().equals("/")).singleElement()
                .extracting(HTTPIngressPath::getPathType).isEqualTo("Exact");
        assertThat(chart.all(Ingress.class)).allSatisfy(ingress -> ingress.getSpec().getRules().forEach(rule ->
                rule.getHttp().getPaths().forEach(p ->
                        assertThat(p.getBackend().getService().getPort().getName()).isEqualTo("http"))));
    }

    @Test
    void the_dashboard_has_its_own_host_and_its_own_annotations() {
        Ingress dashboard = Chart.render("three-replicas-webhook.yaml").find(Ingress.class, "wegwijs-dashboard")
                .orElseThrow();
        assertThat(dashboard.getSpec().getRules().get(0).getHost()).isEqualTo("dashboard.intern.example.nl");
        assertThat(dashboard.getMetadata().getAnnotations())
                .containsEntry("nginx.ingress.kubernetes.io/whitelist-source-range", "10.0.0.0/8");
        assertThat(paths(dashboard)).contains("/dashboard", "/login");
    }

    @Test
    void actuator_listens_on_a_management_port_used_by_the_probes_and_the_service_monitor() {
        RenderedChart chart = Chart.render("three-replicas-webhook.yaml");
        Container container = container(chart.one(Deployment.class));
        assertThat(container.getPorts()).anySatisfy(p -> {
            assertThat(p.getName()).isEqualTo("management");
            assertThat(p.getContainerPort()).isEqualTo(9090);
        });
        assertThat(container.getReadinessProbe().getHttpGet().getPort().getStrVal()).isEqualTo("management");
        assertThat(container.getLivenessProbe().getHttpGet().getPort().getStrVal()).isEqualTo("management");
        assertThat(chart.find(ConfigMap.class, "wegwijs").orElseThrow().getData())
                .containsEntry("MANAGEMENT_SERVER_PORT", "9090");
        assertThat(chart.one(Service.class).getSpec().getPorts()).extracting(p -> p.getName())
                .containsExactly("http", "management");
        GenericKubernetesResource monitor = chart.all(GenericKubernetesResource.class).stream()
                .filter(r -> r.getKind().equals("ServiceMonitor")).findFirst().orElseThrow();
        assertThat(monitor.toString()).contains("management").contains("/actuator/prometheus");
    }

    @Test
    void the_network_policy_lets_the_ingress_reach_http_and_only_monitoring_reach_management() {
        NetworkPolicy policy = Chart.render("three-replicas-webhook.yaml").one(NetworkPolicy.class);
        var rules = policy.getSpec().getIngress();
        assertThat(rules).hasSize(2);
        assertThat(rules.get(0).getPorts().get(0).getPort().getStrVal()).isEqualTo("http");
        assertThat(rules.get(1).getPorts().get(0).getPort().getStrVal()).isEqualTo("management");
        assertThat(rules.get(1).getFrom().get(0).getNamespaceSelector().getMatchLabels())
                .containsEntry("kubernetes.io/metadata.name", "monitoring");
    }

    @Test
    void extra_env_env_from_and_volumes_reach_the_container() {
        Deployment deployment = Chart.render("three-replicas-webhook.yaml").one(Deployment.class);
        Container container = container(deployment);
        assertThat(container.getEnv()).extracting(EnvVar::getName).contains("WEGWIJS_INSIGHTS_K");
        assertThat(secretRefs(container)).contains("more-settings");
        assertThat(container.getVolumeMounts()).anySatisfy(m -> assertThat(m.getMountPath()).isEqualTo("/config/region"));
        assertThat(deployment.getSpec().getTemplate().getSpec().getVolumes())
                .anySatisfy(v -> assertThat(v.getName()).isEqualTo("region-pack"));
    }

    @Test
    void an_existing_secret_is_used_with_the_operators_key_names_and_no_secret_is_created() {
        RenderedChart chart = Chart.render("existing-secret.yaml");
        assertThat(chart.all(Secret.class)).isEmpty();
        Container container = container(chart.one(Deployment.class));
        assertThat(secretRefs(container)).containsExactly("wegwijs-prod");
        Map<String, String> keys = container.getEnv().stream().filter(e -> e.getValueFrom() != null)
                .collect(Collectors.toMap(EnvVar::getName, e -> e.getValueFrom().getSecretKeyRef().getKey()));
        assertThat(keys).containsEntry("DATABASE_PASSWORD", "postgres-password").containsEntry("TELEGRAM_BOT_TOKEN", "bot-token");
        assertThat(chart.one(Deployment.class).getSpec().getTemplate().getMetadata().getAnnotations())
                .doesNotContainKey("checksum/secret");
    }

    @Test
    void tls_null_renders_ingresses_without_a_tls_section() {
        RenderedChart chart = Chart.render("tls-off.yaml");
        assertThat(chart.all(Ingress.class)).hasSize(2).allSatisfy(i -> assertThat(i.getSpec().getTls()).isNullOrEmpty());
    }

    @Test
    void the_intermediaries_registry_comes_from_the_charts_config_map_or_an_existing_one() {
        RenderedChart own = Chart.render("registry-configmap.yaml");
        ConfigMap registry = own.find(ConfigMap.class, "wegwijs-registry").orElseThrow();
        assertThat(registry.getData().get("intermediaries.yaml")).contains("voorbeeld-org");
        assertRegistryMounted(own, "wegwijs-registry");
        assertThat(own.one(Deployment.class).getSpec().getTemplate().getMetadata().getAnnotations())
                .containsKey("checksum/registry");

        RenderedChart existing = Chart.render("registry-existing.yaml");
        assertThat(existing.find(ConfigMap.class, "wegwijs-registry")).isEmpty();
        assertRegistryMounted(existing, "intermediaries-prod");
    }

    @Test
    void the_pod_runs_non_root_read_only_with_its_own_service_account_and_no_token() {
        RenderedChart chart = Chart.render("one-replica-polling.yaml");
        var pod = chart.one(Deployment.class).getSpec().getTemplate().getSpec();
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(container(chart.one(Deployment.class)).getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(pod.getServiceAccountName()).isEqualTo("wegwijs");
        assertThat(pod.getAutomountServiceAccountToken()).isFalse();
        assertThat(chart.one(ServiceAccount.class).getMetadata().getName()).isEqualTo("wegwijs");
    }

    private static void assertRegistryMounted(RenderedChart chart, String configMap) {
        Deployment deployment = chart.one(Deployment.class);
        assertThat(deployment.getSpec().getTemplate().getSpec().getVolumes())
                .anySatisfy(v -> assertThat(v.getConfigMap() != null && configMap.equals(v.getConfigMap().getName())).isTrue());
        assertThat(container(deployment).getVolumeMounts())
                .anySatisfy(m -> assertThat(m.getMountPath()).isEqualTo("/config/registry"));
        assertThat(chart.find(ConfigMap.class, "wegwijs").orElseThrow().getData())
                .containsEntry("WEGWIJS_INTERMEDIARIES", "/config/registry/intermediaries.yaml");
    }

    private static List<String> secretRefs(Container container) {
        return container.getEnvFrom().stream().filter(source -> source.getSecretRef() != null)
                .map(source -> source.getSecretRef().getName()).toList();
    }

    private static Container container(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    private static List<String> paths(Ingress ingress) {
        return ingress.getSpec().getRules().get(0).getHttp().getPaths().stream().map(HTTPIngressPath::getPath).toList();
    }
}
