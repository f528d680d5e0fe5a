package io.sparkop.submit.spark;

import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.ContainerPortBuilder;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServicePortBuilder;
import io.sparkop.submit.SparkConfKeys;
import java.util.ArrayList;
import java.util.List;

/**
 * The driver's ports as BasicDriverFeatureStep (container) and DriverServiceFeatureStep (Service)
 * read them. They differ in one place: the container falls back to spark.blockManager.port, the
 * Service does not.
 */
public record DriverPorts(int driver, int containerBlockManager, int serviceBlockManager, int ui, Integer sparkConnect) {

    static final int DEFAULT_DRIVER_PORT = 7078;
    static final int DEFAULT_BLOCK_MANAGER_PORT = 7079;
    static final int DEFAULT_UI_PORT = 4040;
    static final int DEFAULT_SPARK_CONNECT_PORT = 15002;

    public static DriverPorts of(DriverConf c) {
        SparkConf conf = c.conf();
        int blockManager = conf.getInt(SparkConfKeys.BLOCK_MANAGER_PORT, DEFAULT_BLOCK_MANAGER_PORT);
        Integer connect = c.version().exposesSparkConnect()
                ? conf.getInt(SparkConfKeys.CONNECT_GRPC_PORT, DEFAULT_SPARK_CONNECT_PORT)
                : null;
        return new DriverPorts(
                conf.getInt(SparkConfKeys.DRIVER_PORT, DEFAULT_DRIVER_PORT),
                conf.getInt(SparkConfKeys.DRIVER_BLOCK_MANAGER_PORT, blockManager),
                conf.getInt(SparkConfKeys.DRIVER_BLOCK_MANAGER_PORT, DEFAULT_BLOCK_MANAGER_PORT),
                conf.getInt(SparkConfKeys.UI_PORT, DEFAULT_UI_PORT),
                connect);
    }

    List<ContainerPort> containerPorts() {
        List<ContainerPort> ports = new ArrayList<>();
        ports.add(containerPort("driver-rpc-port", driver));
        ports.add(containerPort("blockmanager", containerBlockManager));
        ports.add(containerPort("spark-ui", ui));
        if (sparkConnect != null) {
            ports.add(containerPort("spark-connect", sparkConnect));
        }
        return ports;
    }

    List<ServicePort> servicePorts() {
        List<ServicePort> ports = new ArrayList<>();
        ports.add(servicePort("driver-rpc-port", driver).build());
        ports.add(servicePort("blockmanager", serviceBlockManager).build());
        ports.add(servicePort("spark-ui", ui).build());
        if (sparkConnect != null) {
            ports.add(servicePort("spark-connect", sparkConnect).withAppProtocol("grpc").build());
        }
        return ports;
    }

    private static ContainerPort containerPort(String name, int port) {
        return new ContainerPortBuilder().withName(name).withContainerPort(port).withProtocol("TCP").build();
    }

    private static ServicePortBuilder servicePort(String name, int port) {
        return new ServicePortBuilder().withName(name).withPort(port).withNewTargetPort(port);
    }
}
