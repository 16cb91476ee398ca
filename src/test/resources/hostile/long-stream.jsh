// Hostile (on JDK 25 the stop request never reaches a counted loop): a stream that sums for centuries.
System.out.println(java.util.stream.LongStream.range(0, Long.MAX_VALUE).sum());
