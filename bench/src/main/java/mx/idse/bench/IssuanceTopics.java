package mx.idse.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import mx.idse.events.Topics;

/**
 * The topics of issuance (and the dead-letter topic the harness watches), made before anything subscribes (so consumers get partitions at
 * once), and the question the scenario asks before it publishes: is anyone reading
 * {@code idse.issuance}?
 */
final class IssuanceTopics {

    /** The broker's default (EmbeddedKafkaBroker): per-key order across a few partitions, as deployed. */
    private static final int PARTITIONS = 3;

    private IssuanceTopics() {
    }

    static void create(String bootstrap) throws InterruptedException {
        try (Admin admin = admin(bootstrap)) {
            for (String topic : List.of(Topics.ISSUANCE, Topics.CERTIFICATES, Topics.DEAD_LETTERS)) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, PARTITIONS, (short) 1))).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create " + topic, e.getCause());
                    }
                }
            }
        }
    }

    /** The consumer group that has partitions of {@code idse.issuance} assigned, waiting up to {@code timeout}. */
    static Optional<String> consumerGroup(String bootstrap, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = admin(bootstrap)) {
            do {
                Optional<String> group = findConsumer(admin);
                if (group.isPresent()) {
                    return group;
                }
                Thread.sleep(500);
            } while (System.nanoTime() < deadline);
        }
        return Optional.empty();
    }

    private static Optional<String> findConsumer(Admin admin) throws InterruptedException {
        try {
            List<String> groups = admin.listGroups().all().get().stream().map(GroupListing::groupId).toList();
            if (groups.isEmpty()) {
                return Optional.empty();
            }
            Map<String, ConsumerGroupDescription> described = admin.describeConsumerGroups(groups).all().get();
            return described.values().stream()
                    .filter(g -> g.members().stream().map(MemberDescription::assignment)
                            .anyMatch(a -> a.topicPartitions().stream().anyMatch(p -> p.topic().equals(Topics.ISSUANCE))))
                    .map(ConsumerGroupDescription::groupId)
                    .findFirst();
        } catch (ExecutionException e) {
            return Optional.empty(); // a group still forming: ask again
        }
    }

    private static Admin admin(String bootstrap) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }
}
