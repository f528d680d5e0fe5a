package io.sparkop.connect;

import io.sparkop.api.SparkConnect;

/** The names of what a SparkConnect consists of, as kubeflow's sparkconnect/util.go derives them. */
public final class ConnectNames {

    public static final int GRPC_PORT = 15002;
    public static final int UI_PORT = 4040;
    public static final int DRIVER_PORT = 7078;
    public static final int BLOCK_MANAGER_PORT = 7079;

    public static String configMap(SparkConnect conn) {
        return conn.getMetadata().getName() + "-conf";
    }

    public static String serverPod(SparkConnect conn) {
        return conn.getMetadata().getName() + "-server";
    }

    /** spec.server.service's name when it has one; kubeflow would use an empty name, which the API server refuses. */
    public static String service(SparkConnect conn) {
        var server = conn.getSpec() == null ? null : conn.getSpec().getServer();
        var service = server == null ? null : server.getService();
        if (service != null && service.getMetadata() != null && notBlank(service.getMetadata().getName())) {
            return service.getMetadata().getName();
        }
        return serverPod(conn);
    }

    /** What a notebook passes to {@code SparkSession.builder.remote(...)}. */
    public static String endpoint(SparkConnect conn) {
        return "sc://" + service(conn) + "." + conn.getMetadata().getNamespace() + ".svc.cluster.local:" + GRPC_PORT;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private ConnectNames() {
    }
}
