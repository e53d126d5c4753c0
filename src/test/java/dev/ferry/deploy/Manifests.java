package dev.ferry.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Kubernetes documents parsed into fabric8 model objects, looked up by kind and name. */
record Manifests(String source, List<HasMetadata> documents) {

    /** The kinds Ferry's manifests use; any other kind is a mistake worth failing on. */
    private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of(
            "v1/ServiceAccount", ServiceAccount.class,
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/PersistentVolumeClaim", PersistentVolumeClaim.class,
            "v1/Service", Service.class,
            "apps/v1/Deployment", Deployment.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "batch/v1/CronJob", CronJob.class);

    private static final ObjectMapper YAML = new YAMLMapper();

    static Manifests parse(String source, String yaml) {
        List<HasMetadata> documents = new ArrayList<>();
        try (var docs = YAML.readerFor(JsonNode.class).<JsonNode>readValues(yaml)) {
            while (docs.hasNext()) {
                JsonNode node = docs.next();
                if (node == null || node.isNull() || node.isEmpty()) {
                    continue;
                }
                documents.add(toModel(source, node));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + source, e);
        }
        return new Manifests(source, List.copyOf(documents));
    }

    static Manifests read(Path file) {
        try {
            return parse(file.toString(), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HasMetadata toModel(String source, JsonNode node) throws IOException {
        String type = node.path("apiVersion").asText() + "/" + node.path("kind").asText();
        Class<? extends HasMetadata> kind = KINDS.get(type);
        if (kind == null) {
            fail(source + ": unexpected document type " + type + "; known: " + KINDS.keySet());
        }
        HasMetadata model = YAML.treeToValue(node, kind);
        List<String> unknown = UnknownFields.in(model);
        assertTrue(unknown.isEmpty(), () -> source + ": " + type + " " + model.getMetadata().getName()
                + " has fields Kubernetes does not know (typo or wrong level?): " + unknown);
        return model;
    }

    <T extends HasMetadata> List<T> all(Class<T> kind) {
        return documents.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    <T extends HasMetadata> Optional<T> find(Class<T> kind, String name) {
        return all(kind).stream().filter(d -> d.getMetadata().getName().equals(name)).findFirst();
    }

    <T extends HasMetadata> T one(Class<T> kind, String name) {
        return find(kind, name).orElseGet(() -> fail(source + " has no " + kind.getSimpleName() + " " + name
                + "; it has " + names(kind)));
    }

    /** The only document of a kind: the manifests define exactly one Deployment, one CronJob... */
    <T extends HasMetadata> T only(Class<T> kind) {
        List<T> found = all(kind);
        assertEquals(1, found.size(), () -> source + ": expected one " + kind.getSimpleName() + ", got " + names(kind));
        return found.get(0);
    }

    List<String> names(Class<? extends HasMetadata> kind) {
        return all(kind).stream().map(d -> d.getMetadata().getName()).toList();
    }

    Manifests plus(Manifests other) {
        List<HasMetadata> both = new ArrayList<>(documents);
        both.addAll(other.documents);
        return new Manifests(source + " + " + other.source, List.copyOf(both));
    }
}
