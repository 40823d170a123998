package app.involvement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The portal's own rules for the manifests in {@code k8s/} (base and every overlay), read as YAML. The schema
 * itself (field names and types) is checked by {@code .ci/run} section f, which renders them with
 * {@code kubectl kustomize} and validates them against the Kubernetes schemas.
 */
class KubernetesManifestsTest {

    private static final Path BASE = Path.of("k8s", "base");
    private static final Path OVERLAYS = Path.of("k8s", "overlays");

    /** ingress-nginx applies endpoint changes at most 0.3 times a second (--sync-rate-limit): about 3.3 s. */
    private static final int INGRESS_DEREGISTRATION_SECONDS = 4;
    /** Spring's default spring.lifecycle.timeout-per-shutdown-phase, used by server.shutdown=graceful. */
    private static final int DEFAULT_SHUTDOWN_PHASE_SECONDS = 30;
    /**
     * Resident memory outside the heap measured in the load run (docs/performance.md: RSS 1,093 MB with a
     * 768 MiB heap): about 290 MB. The pod must leave at least this beside the heap.
     */
    private static final long MEASURED_NON_HEAP_BYTES = 290L * 1000 * 1000;

    private static final Pattern SECRET_LIKE = Pattern.compile("(?i).*(PASSWORD(?!HASHING)|SECRET|TOKEN|CREDENTIAL|USERNAME|API_?KEY|PRIVATE).*");

    @Test
    void deployment_runsThreeOrMorePods_ofAPinnedImage() throws IOException {
        Map<String, Object> deployment = base("Deployment");
        assertThat((Integer) get(deployment, "spec.replicas")).isGreaterThanOrEqualTo(3);
        assertThat((Integer) get(deployment, "spec.strategy.rollingUpdate.maxUnavailable")).isZero();
        List<Map<String, Object>> images = list(kustomization(BASE), "images");
        assertThat(images).singleElement().satisfies(image -> {
            assertThat(image.get("name")).isEqualTo("involvement-portal");
            assertThat(String.valueOf(image.get("newTag"))).isNotBlank().isNotEqualTo("latest");
        });
        assertThat((String) get(container(deployment), "image")).doesNotContain(":latest").isEqualTo("involvement-portal");
    }

    @Test
    void probes_useActuatorOnTheManagementPort() throws IOException {
        Map<String, Object> container = container(base("Deployment"));
        int managementPort = managementPortDefault();
        assertThat(list(container, "ports")).anySatisfy(port -> {
            assertThat(port.get("name")).isEqualTo("management");
            assertThat(port.get("containerPort")).isEqualTo(managementPort);
        });
        assertThat((String) get(container, "startupProbe.httpGet.path")).isEqualTo("/actuator/health/liveness");
        assertThat((String) get(container, "livenessProbe.httpGet.path")).isEqualTo("/actuator/health/liveness");
        assertThat((String) get(container, "readinessProbe.httpGet.path")).isEqualTo("/actuator/health/readiness");
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            assertThat((Object) get(container, probe + ".httpGet.port")).as(probe).isEqualTo("management");
        }
        // start-up costs about 48 CPU-seconds (docs/performance.md): the startup probe must wait far longer
        int startupSeconds = (Integer) get(container, "startupProbe.periodSeconds") * (Integer) get(container, "startupProbe.failureThreshold");
        assertThat(startupSeconds).isGreaterThanOrEqualTo(120);
    }

    @Test
    void shutdown_outlastsTheIngressDeregistration_andFitsTheGracePeriod() throws IOException {
        Map<String, Object> deployment = base("Deployment");
        List<String> preStop = get(container(deployment), "lifecycle.preStop.exec.command");
        assertThat(preStop).hasSize(2).first().isEqualTo("sleep");
        int sleep = Integer.parseInt(preStop.get(1));
        assertThat(sleep).isGreaterThan(INGRESS_DEREGISTRATION_SECONDS * 2);
        assertThat((Integer) get(deployment, "spec.template.spec.terminationGracePeriodSeconds"))
                .isGreaterThan(sleep + shutdownPhaseSeconds());
    }

    @Test
    void resources_areSizedForTheHeapTheDockerfileGives() throws IOException {
        Map<String, Object> resources = get(container(base("Deployment")), "resources");
        assertThat((Object) get(resources, "requests.cpu")).isNotNull();
        String limit = get(resources, "limits.memory");
        assertThat((String) get(resources, "requests.memory")).as("a JVM keeps its memory: request = limit").isEqualTo(limit);
        assertThat((Object) get(resources, "limits.cpu")).as("no CPU limit: start-up and logins are not throttled").isNull();
        Matcher percent = Pattern.compile("MaxRAMPercentage=(\\d+)").matcher(Files.readString(Path.of("Dockerfile")));
        assertThat(percent.find()).isTrue();
        long limitBytes = mebibytes(limit);
        long heap = limitBytes * Integer.parseInt(percent.group(1)) / 100;
        assertThat(limitBytes - heap).as("memory beside the heap").isGreaterThanOrEqualTo(MEASURED_NON_HEAP_BYTES);
    }

    @Test
    void pods_runAsNonRoot_readOnly_withoutPrivileges() throws IOException {
        Map<String, Object> deployment = base("Deployment");
        Map<String, Object> pod = get(deployment, "spec.template.spec");
        assertThat((Boolean) get(pod, "securityContext.runAsNonRoot")).isTrue();
        assertThat((Integer) get(pod, "securityContext.runAsUser")).isPositive();
        assertThat((String) get(pod, "securityContext.seccompProfile.type")).isEqualTo("RuntimeDefault");
        assertThat((Boolean) get(pod, "automountServiceAccountToken")).isFalse();
        Map<String, Object> container = container(deployment);
        assertThat((Boolean) get(container, "securityContext.allowPrivilegeEscalation")).isFalse();
        assertThat((Boolean) get(container, "securityContext.readOnlyRootFilesystem")).isTrue();
        assertThat((Boolean) get(container, "securityContext.runAsNonRoot")).isTrue();
        assertThat((List<String>) get(container, "securityContext.capabilities.drop")).containsExactly("ALL");
        assertThat((Object) get(container, "securityContext.capabilities.add")).isNull();
        assertThat(list(container, "volumeMounts")).anySatisfy(mount -> assertThat(mount.get("mountPath")).isEqualTo("/tmp"));
        assertThat(list(pod, "volumes")).anySatisfy(volume -> assertThat(volume).containsKey("emptyDir"));
    }

    @Test
    void configuration_comesFromTheConfigMap_andSecretsFromASecretThatIsNotCommitted() throws IOException {
        Map<String, Object> container = container(base("Deployment"));
        assertThat(list(container, "envFrom")).anySatisfy(from -> assertThat(from).containsKey("configMapRef"))
                .anySatisfy(from -> assertThat(from).containsKey("secretRef"));
        for (Map<String, Object> env : list(container, "env")) {
            assertThat((String) env.get("name")).doesNotMatch(SECRET_LIKE);
        }
        assertNoSecretsIn(base("ConfigMap"));
        for (Path overlay : overlays()) {
            for (Map<String, Object> patch : patches(overlay)) {
                if ("ConfigMap".equals(patch.get("kind"))) {
                    assertNoSecretsIn(patch);
                }
            }
        }
        try (Stream<Path> files = Files.walk(Path.of("k8s"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                boolean listed = isListed(file);
                if (listed) {
                    for (Object document : new Yaml().loadAll(Files.readString(file))) {
                        assertThat(((Map<?, ?>) document).get("kind")).as(file.toString()).isNotEqualTo("Secret");
                    }
                }
            }
        }
    }

    @Test
    void disruptionBudget_andAutoscaler_keepThreePods() throws IOException {
        assertThat((Integer) get(base("PodDisruptionBudget"), "spec.maxUnavailable")).isEqualTo(1);
        Map<String, Object> hpa = base("HorizontalPodAutoscaler");
        assertThat((Integer) get(hpa, "spec.minReplicas")).isGreaterThanOrEqualTo(3);
        assertThat((Integer) get(hpa, "spec.maxReplicas")).isGreaterThan((Integer) get(hpa, "spec.minReplicas"));
        assertThat((String) get(hpa, "spec.scaleTargetRef.name")).isEqualTo("involvement-portal");
        assertThat(list(hpa, "spec.metrics")).allSatisfy(metric ->
                assertThat((String) get(metric, "resource.name")).as("memory never scales a JVM down").isEqualTo("cpu"));
    }

    @Test
    void ingress_isStickyByCookie_andReachesOnlyTheApplicationPort() throws IOException {
        Map<String, Object> ingress = base("Ingress");
        Map<String, String> annotations = get(ingress, "metadata.annotations");
        assertThat(annotations).containsEntry("nginx.ingress.kubernetes.io/affinity", "cookie")
                .containsEntry("nginx.ingress.kubernetes.io/affinity-mode", "persistent");
        Map<String, Object> service = base("Service");
        assertThat(list(service, "spec.ports")).singleElement().satisfies(port -> assertThat(port.get("targetPort")).isEqualTo("http"));
        assertThat(list(container(base("Deployment")), "ports")).anySatisfy(port -> {
            assertThat(port.get("name")).isEqualTo("http");
            assertThat(port.get("containerPort")).isEqualTo(8080);
        });
    }

    @Test
    void calendarFeeds_goThroughAnIngressThatWritesNoAccessLog() throws IOException {
        Map<String, Object> calendar = base("Ingress", "involvement-portal-calendar");
        Map<String, String> annotations = get(calendar, "metadata.annotations");
        assertThat(annotations).as("the feed's secret is in its path").containsEntry(
                "nginx.ingress.kubernetes.io/enable-access-log", "false");
        List<Map<String, Object>> rules = get(calendar, "spec.rules");
        List<Map<String, Object>> paths = get(rules.getFirst(), "http.paths");
        assertThat(paths).singleElement().satisfies(path -> {
            assertThat(path.get("path")).isEqualTo("/calendar/");
            assertThat(path.get("pathType")).isEqualTo("Prefix");
        });
        List<Map<String, Object>> mainRules = get(base("Ingress"), "spec.rules");
        assertThat((String) get(rules.getFirst(), "host")).isEqualTo(get(mainRules.getFirst(), "host"));
    }

    @Test
    void networkPolicy_letsInOnlyTheIngressAndPrometheus_andOutOnlyDnsDatabaseAndMail() throws IOException {
        Map<String, Object> policy = base("NetworkPolicy");
        assertThat((List<String>) get(policy, "spec.policyTypes")).containsExactlyInAnyOrder("Ingress", "Egress");
        List<Map<String, Object>> ingress = list(policy, "spec.ingress");
        assertThat(ingress).allSatisfy(rule -> assertThat(list(rule, "from")).as("a rule without 'from' admits everyone").isNotEmpty());
        assertThat(ingress).allSatisfy(rule -> assertThat(list(rule, "from")).allSatisfy(peer ->
                assertThat(peer).as("only pods picked by namespace and label").containsKeys("namespaceSelector", "podSelector")));
        assertThat(ingress).extracting(rule -> ports(rule)).containsExactlyInAnyOrder(Set.of(8080), Set.of(managementPortDefault()));
        assertThat(ingress).filteredOn(rule -> ports(rule).contains(8080)).singleElement().satisfies(rule ->
                assertThat((String) get(list(rule, "from").getFirst(), "namespaceSelector.matchLabels.kubernetes\\.io/metadata\\.name"))
                        .isEqualTo("ingress-nginx"));
        assertEgressOnlyToDnsDatabaseAndMail(list(policy, "spec.egress"));
        for (Path overlay : overlays()) {
            for (Map<String, Object> patch : patches(overlay)) {
                if ("NetworkPolicy".equals(patch.get("kind")) && get(patch, "spec.egress") != null) {
                    assertEgressOnlyToDnsDatabaseAndMail(list(patch, "spec.egress"));
                }
                assertThat(patch.get("kind")).as("overlays do not open new ways in").isNotEqualTo("Service");
            }
        }
    }

    @Test
    void overlays_buildOnTheBase_andOneIsForAManagedMySql() throws IOException {
        assertThat(overlays()).extracting(p -> p.getFileName().toString()).contains("managed-mysql");
        for (Path overlay : overlays()) {
            Map<String, Object> kustomization = kustomization(overlay);
            List<String> bases = new ArrayList<>();
            bases.addAll(kustomization.containsKey("bases") ? get(kustomization, "bases") : List.of());
            bases.addAll(kustomization.containsKey("resources") ? get(kustomization, "resources") : List.of());
            assertThat(bases).as(overlay.toString()).contains("../../base");
            assertThat(patches(overlay)).as(overlay.toString()).isNotEmpty();
        }
        Map<String, Object> database = patches(OVERLAYS.resolve("managed-mysql")).stream()
                .filter(p -> "ConfigMap".equals(p.get("kind"))).findFirst().orElseThrow();
        assertThat((String) get(database, "data.SPRING_DATASOURCE_URL")).startsWith("jdbc:mysql://").contains("sslMode=VERIFY_IDENTITY");
    }

    private static void assertEgressOnlyToDnsDatabaseAndMail(List<Map<String, Object>> egress) {
        assertThat(egress).allSatisfy(rule -> {
            assertThat(list(rule, "to")).as("a rule without 'to' lets out to everyone").isNotEmpty();
            assertThat(list(rule, "to")).allSatisfy(peer -> assertThat(String.valueOf((Object) get(peer, "ipBlock.cidr"))).isNotEqualTo("0.0.0.0/0"));
            assertThat(ports(rule)).isNotEmpty();
        });
        assertThat(egress).extracting(KubernetesManifestsTest::ports)
                .containsExactlyInAnyOrder(Set.of(53), Set.of(3306), Set.of(587));
    }

    private static void assertNoSecretsIn(Map<String, Object> configMap) {
        Map<String, Object> data = get(configMap, "data");
        assertThat(data.keySet()).allSatisfy(key -> assertThat(key).doesNotMatch(SECRET_LIKE));
        assertThat(data.values()).allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContainIgnoringCase("password="));
    }

    private static Set<Integer> ports(Map<String, Object> rule) {
        List<Map<String, Object>> ports = list(rule, "ports");
        return ports.stream().map(p -> (Integer) p.get("port")).collect(java.util.stream.Collectors.toSet());
    }

    /**
     * The management port the pod runs Actuator on: the Deployment's MANAGEMENT_SERVER_PORT, which must be the
     * one the image sets (Dockerfile's MANAGEMENT_PORT) so a pod and a plain container agree.
     */
    private static int managementPortDefault() throws IOException {
        Map<String, Object> container = container(base("Deployment"));
        String fromDeployment = list(container, "env").stream()
                .filter(env -> "MANAGEMENT_SERVER_PORT".equals(env.get("name")))
                .map(env -> String.valueOf(env.get("value"))).findFirst().orElseThrow();
        Matcher image = Pattern.compile("(?m)^ENV MANAGEMENT_PORT=(\\d+)$").matcher(Files.readString(Path.of("Dockerfile")));
        assertThat(image.find()).as("Dockerfile sets MANAGEMENT_PORT").isTrue();
        assertThat(fromDeployment).isEqualTo(image.group(1));
        assertThat(applicationProperties().getProperty("management.server.port")).startsWith("${MANAGEMENT_PORT:");
        return Integer.parseInt(fromDeployment);
    }

    /** spring.lifecycle.timeout-per-shutdown-phase in application.properties (seconds, e.g. "20s"), or Spring's default. */
    private static int shutdownPhaseSeconds() throws IOException {
        String phase = applicationProperties().getProperty("spring.lifecycle.timeout-per-shutdown-phase");
        if (phase == null) {
            return DEFAULT_SHUTDOWN_PHASE_SECONDS;
        }
        assertThat(phase).matches("\\d+s");
        return Integer.parseInt(phase.substring(0, phase.length() - 1));
    }

    private static Properties applicationProperties() throws IOException {
        var properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        return properties;
    }

    private static long mebibytes(String quantity) {
        assertThat(quantity).matches("\\d+(Mi|Gi)");
        long number = Long.parseLong(quantity.substring(0, quantity.length() - 2));
        return quantity.endsWith("Gi") ? number << 30 : number << 20;
    }

    private static boolean isListed(Path file) throws IOException {
        Path folder = file.getParent();
        Path kustomization = folder.resolve("kustomization.yaml");
        if (!Files.exists(kustomization) || file.equals(kustomization)) {
            return false;
        }
        Map<String, Object> k = kustomization(folder);
        String name = file.getFileName().toString();
        for (String field : List.of("resources", "patchesStrategicMerge")) {
            List<String> names = k.containsKey(field) ? get(k, field) : List.of();
            if (names.contains(name)) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> overlays() throws IOException {
        try (Stream<Path> dirs = Files.list(OVERLAYS)) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static List<Map<String, Object>> patches(Path overlay) throws IOException {
        Map<String, Object> kustomization = kustomization(overlay);
        List<String> files = kustomization.containsKey("patchesStrategicMerge") ? get(kustomization, "patchesStrategicMerge") : List.of();
        List<Map<String, Object>> patches = new ArrayList<>();
        for (String file : files) {
            patches.add(new Yaml().load(Files.readString(overlay.resolve(file))));
        }
        return patches;
    }

    private static Map<String, Object> kustomization(Path folder) throws IOException {
        return new Yaml().load(Files.readString(folder.resolve("kustomization.yaml")));
    }

    /** The one resource of a kind among the base's resources. */
    private static Map<String, Object> base(String kind) throws IOException {
        List<Map<String, Object>> found = new ArrayList<>();
        List<String> resources = get(kustomization(BASE), "resources");
        for (String resource : resources) {
            for (Object document : new Yaml().loadAll(Files.readString(BASE.resolve(resource)))) {
                @SuppressWarnings("unchecked")
                Map<String, Object> map = (Map<String, Object>) document;
                if (kind.equals(map.get("kind"))) {
                    found.add(map);
                }
            }
        }
        if (found.size() > 1) {
            // several of a kind (the Ingresses): the main one is named after the app
            found.removeIf(map -> !"involvement-portal".equals(get(map, "metadata.name")));
        }
        assertThat(found).as(kind + " in k8s/base").hasSize(1);
        return found.getFirst();
    }

    private static Map<String, Object> base(String kind, String name) throws IOException {
        List<String> resources = get(kustomization(BASE), "resources");
        for (String resource : resources) {
            for (Object document : new Yaml().loadAll(Files.readString(BASE.resolve(resource)))) {
                @SuppressWarnings("unchecked")
                Map<String, Object> map = (Map<String, Object>) document;
                if (kind.equals(map.get("kind")) && name.equals(get(map, "metadata.name"))) {
                    return map;
                }
            }
        }
        throw new AssertionError(kind + " " + name + " is not in k8s/base");
    }

    private static Map<String, Object> container(Map<String, Object> deployment) {
        List<Map<String, Object>> containers = list(deployment, "spec.template.spec.containers");
        assertThat(containers).hasSize(1);
        return containers.getFirst();
    }

    private static List<Map<String, Object>> list(Map<String, Object> map, String path) {
        List<Map<String, Object>> value = get(map, path);
        return value == null ? List.of() : value;
    }

    /** A value by dotted path ({@code \.} for a dot inside a key), or null. */
    @SuppressWarnings("unchecked")
    private static <T> T get(Map<String, Object> map, String path) {
        Object current = map;
        for (String key : path.split("(?<!\\\\)\\.")) {
            if (!(current instanceof Map<?, ?> m)) {
                return null;
            }
            current = m.get(key.replace("\\.", "."));
        }
        return (T) current;
    }
}
