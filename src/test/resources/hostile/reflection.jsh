// Hostile: reach forbidden APIs by reflection and method handles, and the grader's VM through JMX.
Class.forName("java.lang.Runtime").getMethod("getRuntime").invoke(null);
java.lang.invoke.MethodHandles.lookup();
java.lang.management.ManagementFactory.getRuntimeMXBean().getName();
