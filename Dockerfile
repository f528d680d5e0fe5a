# The operator image for users with Docker and a registry, for linux/amd64 and linux/arm64:
#   docker buildx build --platform linux/amd64,linux/arm64 -t REGISTRY/sparkop/spark-operator:0.1.0 --push .
# Same layout as the image hack/image builds with podman from Debian packages (hack/image.d/Containerfile):
# Debian trixie, a Java 25 runtime jlink'd from Debian's OpenJDK 25, the Quarkus fast-jar in /opt/sparkop, numeric user 185,
# nothing written outside /tmp (the chart mounts an emptyDir there and makes the root filesystem read-only).
# This file has not been built on the project's machines (no registry is reachable there); hack/image has.

# The jar is the same on every platform: build it once, on the build machine's own architecture.
FROM --platform=$BUILDPLATFORM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -ntp -q dependency:go-offline
COPY src src
RUN ./mvnw -B -ntp -q package -DskipTests

# The Java runtime, jlink'd from Debian's OpenJDK 25 on the build machine for the target's architecture:
# Debian's JDK package carries the jmods; for another architecture, that architecture's package of the same
# version is unpacked and its jmods linked (hack/image: the same modules, the same reasons).
FROM --platform=$BUILDPLATFORM debian:trixie-slim AS runtime
ARG TARGETARCH
ARG BUILDARCH
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends openjdk-25-jdk-headless \
 && if [ "$TARGETARCH" != "$BUILDARCH" ]; then \
      dpkg --add-architecture "$TARGETARCH" && apt-get update && cd /tmp \
      && apt-get download "openjdk-25-jdk-headless:$TARGETARCH" && dpkg -x openjdk-25-jdk-headless_*.deb "/opt/jdk-$TARGETARCH"; \
    fi \
 && jmods=$( [ "$TARGETARCH" = "$BUILDARCH" ] || echo "/opt/jdk-$TARGETARCH")/usr/lib/jvm/java-25-openjdk-$TARGETARCH/jmods \
 && jlink --module-path "$jmods" \
      --add-modules java.base,java.logging,java.management,java.naming,java.net.http,java.sql,jdk.unsupported,jdk.management,jdk.crypto.ec,jdk.naming.dns,jdk.zipfs \
      --strip-java-debug-attributes --no-header-files --no-man-pages --output /opt/java

FROM debian:trixie-slim
COPY --from=runtime --chown=0:0 /opt/java/ /opt/java/
COPY --from=build --chown=0:0 /src/target/quarkus-app/ /opt/sparkop/
RUN mkdir -p /opt/sparkop/aot
ENV JAVA_HOME=/opt/java PATH=/opt/java/bin:/usr/sbin:/usr/bin:/sbin:/bin MALLOC_ARENA_MAX=2
# C1 only by default, in the environment so that a deployment can choose otherwise (JDK_JAVA_OPTIONS in the
# chart's controller.env): java reads it before the flags below.
ENV JDK_JAVA_OPTIONS="-XX:TieredStopAtLevel=1"
WORKDIR /opt/sparkop
USER 185:185
EXPOSE 8080
# No AOT cache here (training needs a cluster): -XX:AOTCache finds none and the JVM starts without it.
ENTRYPOINT ["java", "-XX:+UseSerialGC", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-XX:-UsePerfData", \
            "-XX:+UseCompactObjectHeaders", \
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-XX:-ShrinkHeapInSteps", \
            "-XX:AOTCache=/opt/sparkop/aot/app.aot", "-Xlog:aot=off", "-Xlog:cds=off", \
            "-jar", "/opt/sparkop/quarkus-run.jar"]
