package io.sellerbridge.platform;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;

/**
 * The manifests checked against the bundle: each method returns what is wrong, in words an operator can act on.
 * {@link #all} runs every check on one rendered kustomization (the base, or an overlay).
 */
final class K8sChecks {

    /** Variables the JVM or the image read themselves, not the bundle. */
    private static final Set<String> JVM_ENV = Set.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "TZ",
            "LOG4J_CONFIGURATION_FILE");
    private static final String JSON_LOGS = "log4j2-json.properties";
    private static final List<String> LEASE_VERBS = List.of("get", "list", "watch", "create", "update", "patch");
    private static final String PROPERTIES_MOUNT = BundleFacts.APP_DIR + "/application.properties";
    private static final String ROUTES_MOUNT = BundleFacts.APP_DIR + "/routes";

    private final BundleFacts bundle;
    private final K8sTree.Rendered rendered;
    /** Secrets no kustomization applies: the templates of the Secrets operators create */
    private final List<Secret> templates;
    private final List<String> violations = new ArrayList<>();

    private K8sChecks(BundleFacts bundle, K8sTree.Rendered rendered, List<Secret> templates) {
        this.bundle = bundle;
        this.rendered = rendered;
        this.templates = templates;
    }

    static List<String> all(BundleFacts bundle, K8sTree tree, Path dir) {
        List<Secret> templates = tree.unreferenced().stream()
                .filter(Secret.class::isInstance).map(Secret.class::cast).toList();
        K8sChecks c = new K8sChecks(bundle, tree.render(dir), templates);
        c.violations.addAll(tree.errors);
        c.violations.addAll(c.rendered.errors());
        c.run();
        return c.violations;
    }

    private void run() {
        List<Deployment> deployments = rendered.all(Deployment.class);
        if (deployments.size() != 1) {
            fail("expected exactly one Deployment, found " + deployments.size());
            return;
        }
        Deployment deployment = deployments.get(0);
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        if (pod.getContainers().size() != 1) {
            fail("Deployment " + name(deployment) + ": expected one container (the bundle), found " + pod.getContainers().size());
            return;
        }
        Container container = pod.getContainers().get(0);
        checkEnvironment(container);
        checkSecretTemplates(container);
        checkManagementPort(container);
        checkProbes(container);
        checkService(deployment, container);
        checkSecurity(pod, container);
        checkResources(container);
        checkConfigMounts(pod, container);
        checkShutdown(pod);
        checkLeaseRbac(pod);
        checkImage(container);
        checkDisruptionsAndSpread(deployment);
        checkNetworkPolicy(deployment, container);
        checkServiceMonitors(container);
        checkLogs(container);
    }

    // ---- environment ----------------------------------------------------------------------------------------------

    /** Where each variable of the container comes from: "configmap:NAME", "secret:NAME", "literal", "field". */
    private Map<String, List<String>> environmentSources(Container c) {
        Map<String, List<String>> sources = new TreeMap<>();
        for (EnvFromSource from : nullSafe(c.getEnvFrom())) {
            String prefix = from.getPrefix() == null ? "" : from.getPrefix();
            if (from.getConfigMapRef() != null) {
                ConfigMap cm = rendered.named(ConfigMap.class, from.getConfigMapRef().getName());
                if (cm == null) {
                    fail("envFrom: ConfigMap " + from.getConfigMapRef().getName() + " is not part of the manifests");
                } else {
                    nullSafe(cm.getData()).keySet().forEach(k -> add(sources, prefix + k, "configmap:" + name(cm)));
                }
            }
            if (from.getSecretRef() != null) {
                Secret template = template(from.getSecretRef().getName());
                if (template == null) {
                    fail("envFrom: Secret " + from.getSecretRef().getName() + " has no template (a Secret manifest no "
                            + "kustomization applies, listing its keys)");
                } else {
                    secretKeys(template).forEach(k -> add(sources, prefix + k, "secret:" + name(template)));
                }
            }
        }
        for (EnvVar e : nullSafe(c.getEnv())) {
            if (e.getValueFrom() == null) {
                add(sources, e.getName(), "literal");
            } else if (e.getValueFrom().getSecretKeyRef() != null) {
                add(sources, e.getName(), "secret:" + e.getValueFrom().getSecretKeyRef().getName());
            } else if (e.getValueFrom().getConfigMapKeyRef() != null) {
                add(sources, e.getName(), "configmap:" + e.getValueFrom().getConfigMapKeyRef().getName());
            } else {
                add(sources, e.getName(), "field");
            }
        }
        return sources;
    }

    private void checkEnvironment(Container c) {
        Map<String, List<String>> sources = environmentSources(c);
        for (String required : bundle.requiredEnv()) {
            if (!sources.containsKey(required)) {
                fail("{{env:" + required + "}} has no default in application.properties and the container does not get "
                        + required + " (env, or a key of an envFrom ConfigMap or Secret)");
            }
        }
        sources.forEach((name, from) -> {
            if (BundleFacts.isSecretName(name) && from.stream().anyMatch(s -> !s.startsWith("secret:"))) {
                fail(name + " is a credential but comes from " + from + ": it must come from a Secret "
                        + "(secretKeyRef or envFrom secretRef)");
            }
            if (!bundle.isKnownEnv(name) && !JVM_ENV.contains(name)) {
                fail("the container gets " + name + " (" + from + "), which neither application.properties nor a route "
                        + "reads ({{env:" + name + "}}) nor overrides a property: a typo?");
            }
        });
    }

    // ---- secret template ------------------------------------------------------------------------------------------

    private void checkSecretTemplates(Container c) {
        Set<String> used = new TreeSet<>();
        nullSafe(c.getEnvFrom()).stream().filter(f -> f.getSecretRef() != null).forEach(f -> used.add(f.getSecretRef().getName()));
        nullSafe(c.getEnv()).stream().filter(e -> e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null)
                .forEach(e -> used.add(e.getValueFrom().getSecretKeyRef().getName()));
        if (used.isEmpty()) {
            fail("the container reads no Secret: where do the credentials come from?");
        }
        for (Secret s : templates) {
            Map<String, String> values = new TreeMap<>(nullSafe(s.getStringData()));
            values.putAll(nullSafe(s.getData()));
            values.forEach((k, v) -> {
                if (v != null && !v.isEmpty() && !v.matches("<[^<>]*>")) {
                    fail("Secret template " + name(s) + " holds a value for " + k + ": a template lists names only (\"\" "
                            + "or a <placeholder>)");
                }
            });
        }
        Set<String> keys = new TreeSet<>();
        used.stream().map(this::template).filter(Objects::nonNull).forEach(t -> keys.addAll(secretKeys(t)));
        for (String secret : bundle.secretEnv()) {
            boolean bySecretKeyRef = nullSafe(c.getEnv()).stream().anyMatch(e -> e.getName().equals(secret)
                    && e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null);
            if (!keys.contains(secret) && !bySecretKeyRef) {
                fail("credential {{env:" + secret + "}} is missing from the Secret template (" + used + ")");
            }
        }
        if (rendered.resources().stream().anyMatch(r -> r instanceof Secret)) {
            fail("a Secret is applied with the manifests: credentials do not belong in Git");
        }
    }

    private Secret template(String name) {
        return templates.stream().filter(t -> name.equals(t.getMetadata().getName())).findFirst().orElse(null);
    }

    private static Set<String> secretKeys(Secret s) {
        Set<String> keys = new TreeSet<>(nullSafe(s.getStringData()).keySet());
        keys.addAll(nullSafe(s.getData()).keySet());
        return keys;
    }

    // ---- management port, probes, Service, Prometheus -------------------------------------------------------------

    private void checkManagementPort(Container c) {
        if (!bundle.managementEnabled()) {
            fail("camel.management.enabled is not true: no health endpoint for the probes, no metrics");
        }
        if (!bundle.healthCheckEnabled()) {
            fail("camel.management.health-check-enabled is not true: the probes' paths answer 404");
        }
        if (!"/".equals(bundle.managementPath())) {
            fail("camel.management.path " + bundle.managementPath() + " is not supported by these checks");
        }
        int port = bundle.managementPort();
        boolean declared = nullSafe(c.getPorts()).stream().anyMatch(p -> Objects.equals(p.getContainerPort(), port));
        if (!declared) {
            fail("container " + c.getName() + " does not declare containerPort " + port + " (camel.management.port)");
        }
    }

    private void checkProbes(Container c) {
        checkProbe(c, "livenessProbe", c.getLivenessProbe(), Set.of(bundle.livenessPath()));
        checkProbe(c, "readinessProbe", c.getReadinessProbe(), Set.of(bundle.readinessPath()));
        checkProbe(c, "startupProbe", c.getStartupProbe(), Set.of(bundle.livenessPath(), bundle.healthPath()));
    }

    private void checkProbe(Container c, String which, Probe probe, Set<String> paths) {
        HTTPGetAction get = probe == null ? null : probe.getHttpGet();
        if (get == null) {
            fail(which + " missing (or not httpGet): expected GET " + paths + " on port " + bundle.managementPort());
            return;
        }
        if (!paths.contains(get.getPath())) {
            fail(which + " path " + get.getPath() + " is not Camel's: expected one of " + paths);
        }
        Optional<Integer> port = resolvePort(c, get.getPort());
        if (port.isEmpty() || port.get() != bundle.managementPort()) {
            fail(which + " port " + portText(get.getPort()) + " is not camel.management.port " + bundle.managementPort());
        }
        if (get.getScheme() != null && !get.getScheme().equals("HTTP")) {
            fail(which + " scheme " + get.getScheme() + ": the management server speaks plain HTTP");
        }
    }

    private void checkService(Deployment d, Container c) {
        List<Service> services = rendered.all(Service.class);
        if (services.isEmpty()) {
            fail("no Service: Prometheus finds the pods through it");
            return;
        }
        int port = bundle.managementPort();
        Map<String, String> podLabels = nullSafe(d.getSpec().getTemplate().getMetadata().getLabels());
        boolean monitored = services.stream().anyMatch(this::scrapedByAServiceMonitor);
        for (Service s : services) {
            Map<String, String> selector = nullSafe(s.getSpec().getSelector());
            if (selector.isEmpty() || !podLabels.entrySet().containsAll(selector.entrySet())) {
                fail("Service " + name(s) + " selector " + selector + " does not select the pods " + podLabels);
            }
            for (ServicePort sp : nullSafe(s.getSpec().getPorts())) {
                IntOrString target = sp.getTargetPort() == null ? new IntOrString(sp.getPort()) : sp.getTargetPort();
                Optional<Integer> resolved = resolvePort(c, target);
                if (resolved.isEmpty() || resolved.get() != port) {
                    fail("Service " + name(s) + " targetPort " + portText(target) + " is not the container's management port " + port);
                }
                if (!Objects.equals(sp.getPort(), port)) {
                    fail("Service " + name(s) + " port " + sp.getPort() + " differs from the container port " + port);
                }
            }
            Map<String, String> annotations = nullSafe(s.getMetadata().getAnnotations());
            boolean annotated = "true".equals(annotations.get("prometheus.io/scrape"));
            if (monitored) {
                // the Prometheus Operator scrapes the pods; an annotation-based job would scrape them again
                if (annotated) {
                    fail("Service " + name(s) + " has prometheus.io/scrape: \"true\" beside a ServiceMonitor: every series twice");
                }
                continue;
            }
            if (annotated) {
                if (!bundle.metricsEnabled()) {
                    fail("Service " + name(s) + " is scraped but camel.management.metrics-enabled is not true");
                }
                if (!String.valueOf(port).equals(annotations.get("prometheus.io/port"))) {
                    fail("Service " + name(s) + " prometheus.io/port " + annotations.get("prometheus.io/port")
                            + " is not camel.management.port " + port);
                }
                if (!bundle.metricsPath().equals(annotations.get("prometheus.io/path"))) {
                    fail("Service " + name(s) + " prometheus.io/path " + annotations.get("prometheus.io/path")
                            + " is not Camel's metrics path " + bundle.metricsPath());
                }
            } else {
                fail("Service " + name(s) + " has no prometheus.io/scrape: \"true\" annotation");
            }
        }
    }

    private static Optional<Integer> resolvePort(Container c, IntOrString port) {
        if (port == null) {
            return Optional.empty();
        }
        if (port.getIntVal() != null) {
            return Optional.of(port.getIntVal());
        }
        return nullSafe(c.getPorts()).stream().filter(p -> port.getStrVal().equals(p.getName()))
                .map(ContainerPort::getContainerPort).findFirst();
    }

    private static String portText(IntOrString port) {
        return port == null ? "(none)" : port.getIntVal() != null ? port.getIntVal().toString() : port.getStrVal();
    }

    // ---- security, resources --------------------------------------------------------------------------------------

    private void checkSecurity(PodSpec pod, Container c) {
        PodSecurityContext ps = pod.getSecurityContext();
        SecurityContext cs = c.getSecurityContext();
        Boolean nonRoot = cs != null && cs.getRunAsNonRoot() != null ? cs.getRunAsNonRoot()
                : ps == null ? null : ps.getRunAsNonRoot();
        if (!Boolean.TRUE.equals(nonRoot)) {
            fail("runAsNonRoot is not true");
        }
        Long uid = cs != null && cs.getRunAsUser() != null ? cs.getRunAsUser() : ps == null ? null : ps.getRunAsUser();
        if (uid != null && uid == 0L) {
            fail("runAsUser is 0 (root)");
        }
        if (cs == null || !Boolean.TRUE.equals(cs.getReadOnlyRootFilesystem())) {
            fail("readOnlyRootFilesystem is not true");
        }
        if (cs == null || !Boolean.FALSE.equals(cs.getAllowPrivilegeEscalation())) {
            fail("allowPrivilegeEscalation is not false");
        }
        if (cs == null || cs.getCapabilities() == null || !nullSafe(cs.getCapabilities().getDrop()).contains("ALL")) {
            fail("capabilities do not drop ALL");
        }
        if (cs != null && cs.getCapabilities() != null && !nullSafe(cs.getCapabilities().getAdd()).isEmpty()) {
            fail("capabilities add " + cs.getCapabilities().getAdd());
        }
        String seccomp = cs != null && cs.getSeccompProfile() != null ? cs.getSeccompProfile().getType()
                : ps != null && ps.getSeccompProfile() != null ? ps.getSeccompProfile().getType() : null;
        if (!"RuntimeDefault".equals(seccomp)) {
            fail("seccompProfile is " + seccomp + ", expected RuntimeDefault");
        }
        if (Boolean.TRUE.equals(pod.getHostNetwork()) || cs != null && Boolean.TRUE.equals(cs.getPrivileged())) {
            fail("hostNetwork or privileged");
        }
        // with a read-only root the JVM and Vert.x still need a writable /tmp
        VolumeMount tmp = nullSafe(c.getVolumeMounts()).stream().filter(m -> "/tmp".equals(m.getMountPath())).findFirst().orElse(null);
        Volume tmpVolume = tmp == null ? null : volume(pod, tmp.getName());
        if (tmpVolume == null || tmpVolume.getEmptyDir() == null) {
            fail("/tmp is not a writable emptyDir while the root file system is read-only");
        }
    }

    private void checkResources(Container c) {
        ResourceRequirements r = c.getResources();
        for (String kind : List.of("cpu", "memory")) {
            if (r == null || r.getRequests() == null || r.getRequests().get(kind) == null) {
                fail("resources.requests." + kind + " not set");
            }
        }
        Quantity limit = r == null || r.getLimits() == null ? null : r.getLimits().get("memory");
        if (limit == null) {
            fail("resources.limits.memory not set (the JVM sizes its heap from it)");
        } else if (r.getRequests() != null && r.getRequests().get("memory") != null
                && limit.getNumericalAmount().compareTo(r.getRequests().get("memory").getNumericalAmount()) < 0) {
            fail("resources.limits.memory " + limit + " is below the request " + r.getRequests().get("memory"));
        }
        if (r == null || r.getLimits() == null || r.getLimits().get("cpu") == null) {
            fail("resources.limits.cpu not set");
        }
    }

    // ---- configuration from the top-level files -------------------------------------------------------------------

    private void checkConfigMounts(PodSpec pod, Container c) {
        if (!nullSafe(c.getCommand()).isEmpty() || !nullSafe(c.getArgs()).isEmpty()) {
            fail("command/args set: the image's entrypoint (JVM flags, main class) runs the bundle from "
                    + BundleFacts.APP_DIR + " with ./routes and ./application.properties");
        }
        if (c.getWorkingDir() != null && !c.getWorkingDir().equals(BundleFacts.APP_DIR)) {
            fail("workingDir " + c.getWorkingDir() + ": the bundle reads ./routes and ./application.properties from "
                    + BundleFacts.APP_DIR);
        }
        // application.properties: one key of a ConfigMap, mounted over the image's copy
        VolumeMount props = mount(c, PROPERTIES_MOUNT);
        ConfigMap propsMap = props == null ? null : configMapOf(pod, props);
        if (propsMap == null) {
            fail(PROPERTIES_MOUNT + " is not mounted from a ConfigMap of the manifests");
        } else if (props.getSubPath() == null) {
            fail(PROPERTIES_MOUNT + " is mounted without subPath (it would become a directory)");
        } else if (!bundle.propertiesText.equals(nullSafe(propsMap.getData()).get(props.getSubPath()))) {
            fail("ConfigMap " + name(propsMap) + " key " + props.getSubPath()
                    + " is not the top-level application.properties (generate it from k8s/base/application.properties)");
        }
        // routes: a ConfigMap with one key per top-level route file, mounted as the directory
        VolumeMount routes = mount(c, ROUTES_MOUNT);
        ConfigMap routesMap = routes == null ? null : configMapOf(pod, routes);
        if (routesMap == null) {
            fail(ROUTES_MOUNT + " is not mounted from a ConfigMap of the manifests");
        } else {
            Map<String, String> data = nullSafe(routesMap.getData());
            if (routes.getSubPath() != null) {
                fail(ROUTES_MOUNT + " is mounted with a subPath: mount the routes ConfigMap as the directory");
            }
            Set<String> missing = new TreeSet<>(bundle.routes.keySet());
            missing.removeAll(data.keySet());
            Set<String> extra = new TreeSet<>(data.keySet());
            extra.removeAll(bundle.routes.keySet());
            if (!missing.isEmpty()) {
                fail("ConfigMap " + name(routesMap) + " lacks route files " + missing
                        + " (list them in routes/kustomization.yaml, seller-bridge-routes)");
            }
            if (!extra.isEmpty()) {
                fail("ConfigMap " + name(routesMap) + " has files " + extra + " that are not in routes/");
            }
            bundle.routes.forEach((file, content) -> {
                if (data.containsKey(file) && !content.equals(data.get(file))) {
                    fail("ConfigMap " + name(routesMap) + " " + file + " differs from routes/" + file
                            + " (generate it from routes/ itself: routes/kustomization.yaml)");
                }
            });
        }
    }

    private static VolumeMount mount(Container c, String path) {
        return nullSafe(c.getVolumeMounts()).stream().filter(m -> path.equals(m.getMountPath())).findFirst().orElse(null);
    }

    private ConfigMap configMapOf(PodSpec pod, VolumeMount m) {
        Volume v = volume(pod, m.getName());
        if (v == null || v.getConfigMap() == null) {
            return null;
        }
        return rendered.named(ConfigMap.class, v.getConfigMap().getName());
    }

    private static Volume volume(PodSpec pod, String name) {
        return nullSafe(pod.getVolumes()).stream().filter(v -> v.getName().equals(name)).findFirst().orElse(null);
    }

    // ---- shutdown, RBAC, image ------------------------------------------------------------------------------------

    private void checkShutdown(PodSpec pod) {
        long grace = pod.getTerminationGracePeriodSeconds() == null ? 30 : pod.getTerminationGracePeriodSeconds();
        if (grace <= bundle.shutdownTimeoutSeconds()) {
            fail("terminationGracePeriodSeconds " + grace + " is not more than camel.main.shutdown-timeout "
                    + bundle.shutdownTimeoutSeconds() + ": Kubernetes kills the JVM before the window ends");
        }
    }

    private void checkLeaseRbac(PodSpec pod) {
        String account = pod.getServiceAccountName();
        if (account == null || rendered.named(ServiceAccount.class, account) == null) {
            fail("the pods' serviceAccountName " + account + " is not a ServiceAccount of the manifests");
            return;
        }
        Map<String, Role> roles = new HashMap<>();
        rendered.all(Role.class).forEach(r -> roles.put(r.getMetadata().getName(), r));
        Set<String> leaseVerbs = new TreeSet<>();
        Set<String> podVerbs = new TreeSet<>();
        for (RoleBinding b : rendered.all(RoleBinding.class)) {
            boolean bindsAccount = nullSafe(b.getSubjects()).stream().anyMatch(s -> "ServiceAccount".equals(s.getKind())
                    && account.equals(s.getName())
                    && (s.getNamespace() == null || s.getNamespace().equals(b.getMetadata().getNamespace())));
            Role role = "Role".equals(b.getRoleRef().getKind()) ? roles.get(b.getRoleRef().getName()) : null;
            if (!bindsAccount || role == null) {
                continue;
            }
            for (PolicyRule rule : nullSafe(role.getRules())) {
                if (nullSafe(rule.getApiGroups()).contains("coordination.k8s.io") && nullSafe(rule.getResources()).contains("leases")) {
                    leaseVerbs.addAll(nullSafe(rule.getVerbs()));
                }
                if (nullSafe(rule.getApiGroups()).contains("") && nullSafe(rule.getResources()).contains("pods")) {
                    podVerbs.addAll(nullSafe(rule.getVerbs()));
                }
            }
        }
        if (!leaseVerbs.containsAll(LEASE_VERBS)) {
            fail("ServiceAccount " + account + " may only " + leaseVerbs + " leases (coordination.k8s.io); Camel's "
                    + "Kubernetes cluster service needs " + LEASE_VERBS);
        }
        if (!podVerbs.containsAll(List.of("get", "list"))) {
            fail("ServiceAccount " + account + " cannot get and list pods: Camel's Kubernetes cluster service lists "
                    + "the ready pods as the members that may lead");
        }
    }

    private void checkImage(Container c) {
        String image = c.getImage() == null ? "" : c.getImage();
        if (!overlay() && !image.equals(bundle.imageRepository())) {
            fail("base container image " + image + " is not the repository Jib builds (pom.xml image.name "
                    + bundle.imageName + " without its tag): an overlay's images: entry would not replace it");
        }
        if (overlay() && image.equals(bundle.imageRepository())) {
            fail("container image " + image + " is still the base's: the overlay's images: entry matches no container image");
        }
    }

    private boolean overlay() {
        return rendered.dir().startsWith(Path.of("k8s", "overlays"));
    }

    // ---- operations: disruptions, spread, network, monitoring, logs -----------------------------------------------

    private void checkDisruptionsAndSpread(Deployment d) {
        Map<String, String> podLabels = nullSafe(d.getSpec().getTemplate().getMetadata().getLabels());
        List<PodDisruptionBudget> budgets = rendered.all(PodDisruptionBudget.class).stream()
                .filter(b -> b.getSpec().getSelector() != null
                        && podLabels.entrySet().containsAll(nullSafe(b.getSpec().getSelector().getMatchLabels()).entrySet()))
                .toList();
        if (budgets.isEmpty()) {
            fail("no PodDisruptionBudget selects the pods " + podLabels);
        }
        for (PodDisruptionBudget b : budgets) {
            if (b.getSpec().getMinAvailable() != null) {
                fail("PodDisruptionBudget " + name(b) + " sets minAvailable: with one replica no node could be drained; "
                        + "use maxUnavailable");
            }
        }
        boolean acrossNodes = nullSafe(d.getSpec().getTemplate().getSpec().getTopologySpreadConstraints()).stream()
                .anyMatch(t -> "kubernetes.io/hostname".equals(t.getTopologyKey()) && t.getLabelSelector() != null
                        && podLabels.entrySet().containsAll(nullSafe(t.getLabelSelector().getMatchLabels()).entrySet()));
        if (!acrossNodes) {
            fail("the pods are not spread across nodes (topologySpreadConstraints on kubernetes.io/hostname)");
        }
    }

    private void checkNetworkPolicy(Deployment d, Container c) {
        Map<String, String> podLabels = nullSafe(d.getSpec().getTemplate().getMetadata().getLabels());
        List<NetworkPolicy> policies = rendered.all(NetworkPolicy.class).stream()
                .filter(n -> podLabels.entrySet().containsAll(nullSafe(n.getSpec().getPodSelector().getMatchLabels()).entrySet()))
                .toList();
        if (policies.isEmpty()) {
            fail("no NetworkPolicy selects the pods " + podLabels);
            return;
        }
        for (NetworkPolicy n : policies) {
            if (!nullSafe(n.getSpec().getPolicyTypes()).containsAll(List.of("Ingress", "Egress"))) {
                fail("NetworkPolicy " + name(n) + " does not limit both Ingress and Egress");
            }
            for (var rule : nullSafe(n.getSpec().getIngress())) {
                for (var port : nullSafe(rule.getPorts())) {
                    Optional<Integer> p = resolvePort(c, port.getPort());
                    if (p.isEmpty() || p.get() != bundle.managementPort()) {
                        fail("NetworkPolicy " + name(n) + " lets traffic in on port " + portText(port.getPort())
                                + ": only the management port " + bundle.managementPort() + " serves anything");
                    }
                }
                if (nullSafe(rule.getPorts()).isEmpty()) {
                    fail("NetworkPolicy " + name(n) + " lets traffic in on every port");
                }
            }
            Set<Integer> egress = new TreeSet<>();
            nullSafe(n.getSpec().getEgress()).forEach(rule -> nullSafe(rule.getPorts()).forEach(port ->
                    resolvePort(c, port.getPort()).ifPresent(egress::add)));
            for (int needed : List.of(53, 443, 9092)) {
                if (!egress.contains(needed)) {
                    fail("NetworkPolicy " + name(n) + " lets no traffic out to port " + needed
                            + " (DNS 53, Amazon and the Kubernetes API 443, Kafka 9092)");
                }
            }
        }
    }

    private List<GenericKubernetesResource> serviceMonitors() {
        return rendered.all(GenericKubernetesResource.class).stream().filter(r -> "ServiceMonitor".equals(r.getKind())).toList();
    }

    @SuppressWarnings("unchecked")
    private boolean scrapedByAServiceMonitor(Service s) {
        Map<String, String> labels = nullSafe(s.getMetadata().getLabels());
        return serviceMonitors().stream().anyMatch(m -> {
            Object selector = ((Map<String, Object>) m.getAdditionalProperties().getOrDefault("spec", Map.of())).get("selector");
            Map<String, String> match = selector instanceof Map<?, ?> sel && sel.get("matchLabels") instanceof Map<?, ?> ml
                    ? (Map<String, String>) ml : Map.of();
            return !match.isEmpty() && labels.entrySet().containsAll(match.entrySet());
        });
    }

    @SuppressWarnings("unchecked")
    private void checkServiceMonitors(Container c) {
        for (GenericKubernetesResource m : serviceMonitors()) {
            Map<String, Object> spec = (Map<String, Object>) m.getAdditionalProperties().getOrDefault("spec", Map.of());
            if (rendered.all(Service.class).stream().noneMatch(this::scrapedByAServiceMonitor)) {
                fail("ServiceMonitor " + name(m) + " selects no Service of the manifests");
            }
            for (Map<String, Object> endpoint : K8sTree.maps(spec.get("endpoints"))) {
                Optional<Integer> port = resolvePort(c, new IntOrString(String.valueOf(endpoint.get("port"))));
                if (port.isEmpty() || port.get() != bundle.managementPort()) {
                    fail("ServiceMonitor " + name(m) + " scrapes port " + endpoint.get("port") + ", not the management port");
                }
                if (!bundle.metricsPath().equals(endpoint.get("path"))) {
                    fail("ServiceMonitor " + name(m) + " path " + endpoint.get("path") + " is not Camel's metrics path "
                            + bundle.metricsPath());
                }
            }
        }
    }

    private void checkLogs(Container c) {
        if (!overlay()) {
            return;
        }
        Map<String, List<String>> env = environmentSources(c);
        boolean json = env.containsKey("LOG4J_CONFIGURATION_FILE") && rendered.all(ConfigMap.class).stream()
                .anyMatch(cm -> JSON_LOGS.equals(nullSafe(cm.getData()).get("LOG4J_CONFIGURATION_FILE")));
        if (!json) {
            fail("the overlay does not switch JSON logs on (LOG4J_CONFIGURATION_FILE=" + JSON_LOGS + ")");
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private void fail(String violation) {
        violations.add(rendered.dir() + ": " + violation);
    }

    private static void add(Map<String, List<String>> sources, String name, String source) {
        sources.computeIfAbsent(name, n -> new ArrayList<>()).add(source);
    }

    private static String name(HasMetadata r) {
        return r.getMetadata().getName();
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <K, V> Map<K, V> nullSafe(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }
}
