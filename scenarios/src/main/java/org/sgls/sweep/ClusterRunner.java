package org.sgls.sweep;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.cluster.Member;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.ExecutionCallback;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceNotActiveException;
import com.hazelcast.core.IExecutorService;
import com.hazelcast.core.MemberLeftException;
import com.hazelcast.spi.exception.TargetDisconnectedException;
import com.hazelcast.spi.exception.TargetNotMemberException;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a sweep's variants on a Hazelcast cluster (docs/sweeps.md): each variant is a {@link VariantTask} sent
 * through Hazelcast's distributed executor to a member, which runs it like the local runner would and sends the
 * row back. Members are {@code sgls member} processes (the same jar, so they have the engine's classes); each
 * says how many variants it runs at once (its {@code sgls.workers} attribute), and the runner keeps that many
 * in flight on it, handing a member its next variant when one comes back, so fast and slow members both stay
 * busy. {@code local} starts embedded members in this JVM on the loopback interface and connects to them as a
 * client would, which tests the whole distributed path (serialization, members, client) on one machine.
 */
public final class ClusterRunner implements Runner {
    /** The executor's name on the members. */
    public static final String EXECUTOR = "sgls-sweep";
    /** Member attribute: variants the member runs at once. */
    public static final String WORKERS = "sgls.workers";

    private final HazelcastInstance client;
    private final List<HazelcastInstance> embedded;
    private final String address;

    private ClusterRunner(HazelcastInstance client, List<HazelcastInstance> embedded, String address) {
        this.client = client;
        this.embedded = embedded;
        this.address = address;
    }

    /**
     * Connects to the cluster at {@code address} (host:port, comma-separated), or with {@code local} starts
     * {@code localMembers} embedded members of one worker each and connects to them.
     */
    public static ClusterRunner connect(String address, String clusterName, int localMembers) {
        quietLogs();
        List<HazelcastInstance> embedded = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        String name = clusterName;
        if (address.equals("local")) {
            name = clusterName + "-local-" + ProcessHandle.current().pid();
            List<Integer> ports = freePorts(localMembers);
            List<String> all = ports.stream().map(p -> "127.0.0.1:" + p).toList();
            for (int i = 0; i < ports.size(); i++) {
                // each joins those already started: none waits for a port that is not listening yet
                embedded.add(Hazelcast.newHazelcastInstance(memberConfig(name, "127.0.0.1", ports.get(i),
                        all.subList(0, i + 1), 1)));
            }
            addresses.addAll(all);
        } else {
            for (String a : address.split(",")) {
                if (!a.isBlank()) {
                    addresses.add(a.trim());
                }
            }
        }
        ClientConfig cc = new ClientConfig();
        cc.setClusterName(name);
        cc.setProperty("hazelcast.logging.type", "jdk");
        cc.getNetworkConfig().setAddresses(addresses);
        cc.getConnectionStrategyConfig().getConnectionRetryConfig().setClusterConnectTimeoutMillis(20_000);
        try {
            HazelcastInstance client = HazelcastClient.newHazelcastClient(cc);
            return new ClusterRunner(client, embedded, address);
        } catch (RuntimeException e) {
            embedded.forEach(HazelcastInstance::shutdown);
            throw new SweepError("cannot connect to the cluster '" + name + "' at " + String.join(",", addresses)
                    + " within 20 s (" + e.getClass().getSimpleName() + "); are 'sgls member' processes running "
                    + "there with --cluster-name " + clusterName + "?");
        }
    }

    /**
     * A member's configuration: TCP/IP join with the listed members only (no multicast, no cloud discovery),
     * no phone-home, the executor sized to {@code workers}. {@code bindAddress} non-null: listen on that
     * address only (tests listen on the loopback).
     */
    public static Config memberConfig(String clusterName, String bindAddress, int port, List<String> members,
            int workers) {
        Config config = new Config();
        config.setClusterName(clusterName);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "jdk");
        NetworkConfig net = config.getNetworkConfig();
        net.setPort(port).setPortAutoIncrement(false);
        if (bindAddress != null) {
            config.setProperty("hazelcast.socket.bind.any", "false");
            net.getInterfaces().setEnabled(true).addInterface(bindAddress);
        }
        JoinConfig join = net.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setMembers(members);
        config.getExecutorConfig(EXECUTOR).setPoolSize(workers);
        config.getMemberAttributeConfig().setAttribute(WORKERS, Integer.toString(workers));
        return config;
    }

    /** Held: java.util.logging keeps loggers weakly, and a collected one forgets its level. */
    private static final Logger HAZELCAST_LOG = Logger.getLogger("com.hazelcast");

    /** Hazelcast's INFO lines (joins, partitions) are for its operators, not for a sweep's user. */
    public static void quietLogs() {
        HAZELCAST_LOG.setLevel(Level.WARNING);
    }

    private static List<Integer> freePorts(int n) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
                sockets.add(s);
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } catch (IOException e) {
            throw new IllegalStateException("no free port on the loopback interface", e);
        } finally {
            for (ServerSocket s : sockets) {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // closing a probe socket
                }
            }
        }
    }

    /** What comes back from a member: a result or a failure, and the member to give the next task. */
    private record Reply(Member member, VariantResult result, Throwable failure) {
    }

    @Override
    public void run(List<VariantTask> tasks, Consumer<VariantResult> done) throws Exception {
        IExecutorService executor = client.getExecutorService(EXECUTOR);
        Deque<VariantTask> queue = new ArrayDeque<>(tasks);
        BlockingQueue<Reply> replies = new LinkedBlockingQueue<>();
        int inFlight = 0;
        for (Member m : client.getCluster().getMembers()) {
            for (int i = 0; i < workersOf(m) && !queue.isEmpty(); i++) {
                submit(executor, queue.poll(), m, replies);
                inFlight++;
            }
        }
        if (inFlight == 0 && !queue.isEmpty()) {
            throw new SweepError("the cluster at " + address + " has no members");
        }
        while (inFlight > 0) {
            Reply r = replies.take();
            inFlight--;
            if (r.failure() instanceof MemberLeftException || r.failure() instanceof TargetNotMemberException
                    || r.failure() instanceof TargetDisconnectedException
                    || r.failure() instanceof HazelcastInstanceNotActiveException) {
                throw new SweepError("member " + r.member().getAddress() + " left the cluster during the sweep ("
                        + r.failure().getClass().getSimpleName() + "); the variants finished so far are kept: run "
                        + "the same command to resume");
            }
            if (r.failure() != null) {
                throw r.failure() instanceof Exception e ? e : new IllegalStateException(r.failure());
            }
            done.accept(r.result());
            if (!queue.isEmpty()) {
                submit(executor, queue.poll(), r.member(), replies);
                inFlight++;
            }
        }
    }

    private static void submit(IExecutorService executor, VariantTask task, Member member, BlockingQueue<Reply> replies) {
        executor.submitToMember(task, member, new ExecutionCallback<VariantResult>() {
            @Override
            public void onResponse(VariantResult response) {
                replies.add(new Reply(member, response, null));
            }

            @Override
            public void onFailure(Throwable t) {
                replies.add(new Reply(member, null, t));
            }
        });
    }

    private static int workersOf(Member m) {
        String w = m.getAttribute(WORKERS);
        try {
            return w == null ? 1 : Math.max(1, Integer.parseInt(w));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    @Override
    public int workers() {
        return client.getCluster().getMembers().stream().mapToInt(ClusterRunner::workersOf).sum();
    }

    @Override
    public boolean portable() {
        return true;
    }

    @Override
    public String describe() {
        int members = client.getCluster().getMembers().size();
        return String.format(Locale.ROOT, "%d %s of the cluster at %s (%d workers)", members,
                members == 1 ? "member" : "members", embedded.isEmpty() ? address : "local (embedded)", workers());
    }

    @Override
    public void close() {
        client.shutdown();
        if (!embedded.isEmpty()) {
            // members going down one after the other warn that the others refuse connections: expected here
            HAZELCAST_LOG.setLevel(Level.SEVERE);
            embedded.get(0).getCluster().shutdown();
            HAZELCAST_LOG.setLevel(Level.WARNING);
        }
    }
}
