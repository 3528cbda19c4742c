package org.sgls.cli;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sgls.sweep.ClusterRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sgls member}: one member of a Hazelcast cluster that runs sweep variants sent by
 * {@code sgls sweep --cluster}. Start one per machine (same jar everywhere); it runs until stopped.
 */
@Command(name = "member", mixinStandardHelpOptions = true,
        description = "Run a cluster member for 'sgls sweep --cluster host:port' (Hazelcast); stops on Ctrl-C.")
final class MemberCommand implements Callable<Integer> {
    static final String DEFAULT_CLUSTER = "sgls";

    @Option(names = "--port", paramLabel = "<port>", description = "port to listen on (default: ${DEFAULT-VALUE})")
    int port = 5701;

    @Option(names = "--members", paramLabel = "<host:port,...>", split = ",",
            description = "the other members to join (TCP/IP; default: none, a cluster of one to start with)")
    List<String> members = new ArrayList<>();

    @Option(names = "--interface", paramLabel = "<ip>", description = "listen on this address only (default: all)")
    String bindAddress;

    @Option(names = "--workers", paramLabel = "<n>", description = "variants run at once here (default: cores, "
            + "${DEFAULT-VALUE})")
    int workers = Runtime.getRuntime().availableProcessors();

    @Option(names = "--cluster-name", paramLabel = "<name>", description = "default: ${DEFAULT-VALUE}")
    String clusterName = DEFAULT_CLUSTER;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (workers < 1 || workers > 1024) {
            throw new UserError("--workers must be in [1, 1024], got " + workers);
        }
        if (port < 1 || port > 65535) {
            throw new UserError("--port must be in [1, 65535], got " + port);
        }
        ClusterRunner.quietLogs();
        List<String> join = new ArrayList<>(members);
        join.add((bindAddress == null ? "127.0.0.1" : bindAddress) + ":" + port);
        HazelcastInstance member = Hazelcast.newHazelcastInstance(
                ClusterRunner.memberConfig(clusterName, bindAddress, port, join, workers));
        int size = member.getCluster().getMembers().size();
        err.println("sgls: member " + member.getCluster().getLocalMember().getAddress() + " of cluster '"
                + clusterName + "' (" + size + (size == 1 ? " member" : " members") + "), running " + workers
                + (workers == 1 ? " variant" : " variants") + " at once; Ctrl-C to stop");
        err.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        member.getLifecycleService().addLifecycleListener(e -> {
            if (e.getState() == com.hazelcast.core.LifecycleEvent.LifecycleState.SHUTDOWN) {
                stopped.countDown();
            }
        });
        stopped.await();
        return 0;
    }
}
