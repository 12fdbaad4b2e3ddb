package io.sellerbridge.cluster;

import org.apache.camel.cluster.CamelClusterMember;
import org.apache.camel.support.cluster.AbstractCamelClusterService;
import org.apache.camel.support.cluster.AbstractCamelClusterView;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * {@code cluster.mode = kafka}: each replica is a member of one Kafka consumer group subscribed to a small control
 * topic that nobody writes to; the group coordinator assigns its partitions, and each replica polls the sellers
 * hashed onto the partitions it holds ({@link SellerShares}). Membership, failure detection (session timeout) and
 * rebalancing are Kafka's, as for Kafka Connect and Kafka Streams. The cooperative sticky assignor moves only the
 * partitions that must move, and a partition is given to its new owner only after its old owner returned from the
 * revocation, which waits for the partition's seller runs to leave off. The holder of partition 0 leads the
 * cluster-wide routes ({@code leaderOnly}), as a Camel cluster service.
 */
public class KafkaGroupClusterService extends AbstractCamelClusterService<KafkaGroupClusterService.View> {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaGroupClusterService.class);
    private static final int LEADER_PARTITION = 0;
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration RETRY = Duration.ofSeconds(5);

    private final String topic;
    private final Properties consumerConfig;
    private final SellerShares shares;
    private final Duration handoverLimit;
    private final Function<Collection<Integer>, String> describe;
    private final List<View> views = new CopyOnWriteArrayList<>();
    private volatile boolean running;
    private KafkaConsumer<byte[], byte[]> consumer;
    private Thread member;

    /**
     * @param clientConfig  the bundle's Kafka client settings (brokers, TLS, SASL)
     * @param sessionTimeout how long a replica that stopped heartbeating (killed, cut off) keeps its sellers
     * @param describe      the sellers of some partitions, for the log line of each assignment
     */
    public KafkaGroupClusterService(String id, String topic, String groupId, Properties clientConfig,
                                    Duration sessionTimeout, SellerShares shares,
                                    Function<Collection<Integer>, String> describe) {
        setId(id);
        this.topic = topic;
        this.shares = shares;
        this.describe = describe;
        Properties c = new Properties();
        c.putAll(clientConfig);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        c.put(ConsumerConfig.CLIENT_ID_CONFIG, groupId + "-" + id);
        c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        c.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName());
        c.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, String.valueOf(sessionTimeout.toMillis()));
        c.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, String.valueOf(Math.max(100, sessionTimeout.toMillis() / 3)));
        this.consumerConfig = c;
        // the rebalance waits at most max.poll.interval.ms for a member's revocation: leave a margin for the rejoin
        long maxPollInterval = Long.parseLong(c.getProperty(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, "300000"));
        this.handoverLimit = Duration.ofMillis(maxPollInterval * 4 / 5);
    }

    @Override
    protected View createView(String namespace) {
        View view = new View(this, namespace);
        views.add(view);
        return view;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        running = true;
        consumer = new KafkaConsumer<>(consumerConfig);
        member = new Thread(this::takePart, "seller-bridge-cluster-member");
        member.setDaemon(true);
        member.start();
    }

    @Override
    protected void doStop() throws Exception {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
            // leaving the group at once hands the sellers over without waiting for the session timeout
            member.join(handoverLimit.plusSeconds(30).toMillis());
        }
        super.doStop();
    }

    private void takePart() {
        try {
            shares.partitions(partitionCount());
            consumer.subscribe(List.of(topic), new Handover());
            while (running) {
                try {
                    consumer.poll(POLL);
                } catch (WakeupException e) {
                    // stopping
                } catch (RuntimeException e) {
                    // the consumer keeps its assignment through most errors: hold what it holds, no more, no less
                    LOG.error("Replica {} had an error taking part in the group of {}: {}", getId(), topic, e.toString());
                    sleep(RETRY);
                    holdAssignment();
                }
            }
        } catch (WakeupException | InterruptedException e) {
            // stopping before the first assignment
        } finally {
            consumer.close(Duration.ofSeconds(30));
            release(shares.owned());
        }
    }

    /** After an error: the shares follow the consumer's assignment again (a callback may have failed half way). */
    private void holdAssignment() {
        try {
            List<Integer> assigned = numbers(consumer.assignment());
            List<Integer> gone = shares.owned().stream().filter(p -> !assigned.contains(p)).toList();
            release(gone);
            shares.assigned(assigned);
            leadershipMayHaveChanged();
        } catch (RuntimeException e) {
            LOG.error("Replica {} cannot read its assignment: {}", getId(), e.toString());
        }
    }

    /** The control topic's partitions: the seller hash needs them before the first assignment. */
    private int partitionCount() throws InterruptedException {
        while (running) {
            try {
                List<PartitionInfo> partitions = consumer.partitionsFor(topic);
                if (partitions != null && !partitions.isEmpty()) {
                    return partitions.size();
                }
                LOG.warn("Replica {} waits for topic {} (kafka.topics.cluster) to exist", getId(), topic);
            } catch (WakeupException e) {
                throw e;
            } catch (RuntimeException e) {
                LOG.error("Replica {} cannot read topic {} (kafka.topics.cluster): {}", getId(), topic, e.toString());
            }
            sleep(RETRY);
        }
        throw new InterruptedException("stopping");
    }

    private class Handover implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            if (partitions.isEmpty()) {
                return;
            }
            // partitions added to the topic: Kafka rebalances every member, and each hashes onto the new count
            int count = consumer.partitionsFor(topic).size();
            if (count != shares.partitions()) {
                LOG.warn("Topic {} now has {} partitions, was {}: sellers are hashed onto {}", topic, count,
                        shares.partitions(), count);
                shares.partitions(count);
            }
            shares.assigned(numbers(partitions));
            LOG.info("Replica {} now polls the sellers of partitions {} of {}: {}", getId(), shares.owned(), topic,
                    describe.apply(shares.owned()));
            leadershipMayHaveChanged();
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            if (!partitions.isEmpty()) {
                release(numbers(partitions));
            }
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            LOG.warn("Replica {} lost partitions {} of {} (no heartbeat within the session timeout)", getId(),
                    numbers(partitions), topic);
            release(numbers(partitions));
        }
    }

    private void release(Collection<Integer> partitions) {
        if (partitions.isEmpty()) {
            return;
        }
        List<Integer> given = List.copyOf(partitions);
        LOG.info("Replica {} hands over the sellers of partitions {}: {}", getId(), given, describe.apply(given));
        try {
            // when stopping, the runs already left off (or were abandoned by the shutdown): do not hold the exit
            shares.revoked(given, running ? handoverLimit : Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        leadershipMayHaveChanged();
    }

    private void leadershipMayHaveChanged() {
        views.forEach(View::leadershipMayHaveChanged);
    }

    private static List<Integer> numbers(Collection<TopicPartition> partitions) {
        List<Integer> n = new ArrayList<>();
        partitions.forEach(p -> n.add(p.partition()));
        return n;
    }

    private static void sleep(Duration d) throws InterruptedException {
        Thread.sleep(d.toMillis());
    }

    /** One namespace of leadership: the holder of partition 0 leads. */
    public static final class View extends AbstractCamelClusterView {

        private final Member local;
        private volatile boolean leading;

        View(KafkaGroupClusterService service, String namespace) {
            super(service, namespace);
            this.local = new Member(service.getId());
        }

        private KafkaGroupClusterService service() {
            return (KafkaGroupClusterService) getClusterService();
        }

        synchronized void leadershipMayHaveChanged() {
            boolean now = service().shares.owned().contains(LEADER_PARTITION);
            if (now != leading) {
                leading = now;
                LOG.info("Replica {} {} the cluster-wide routes", local.getId(), now ? "now leads" : "no longer leads");
                fireLeadershipChangedEvent(now ? Optional.of(local) : Optional.empty());
            }
        }

        @Override
        public Optional<CamelClusterMember> getLeader() {
            return leading ? Optional.of(local) : Optional.empty();
        }

        @Override
        public CamelClusterMember getLocalMember() {
            return local;
        }

        @Override
        public List<CamelClusterMember> getMembers() {
            return List.of(local);
        }

        @Override
        protected void doStart() {
            leadershipMayHaveChanged();
        }

        private final class Member implements CamelClusterMember {
            private final String id;

            Member(String id) {
                this.id = id;
            }

            @Override
            public boolean isLeader() {
                return leading;
            }

            @Override
            public boolean isLocal() {
                return true;
            }

            @Override
            public String getId() {
                return id;
            }
        }
    }
}
