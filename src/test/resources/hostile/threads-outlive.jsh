// Hostile: a thread that keeps the VM busy after the last snippet, and a shutdown hook that hangs.
Thread t = new Thread(() -> { while (true) { } });
t.setDaemon(false);
t.start();
Runtime.getRuntime().addShutdownHook(new Thread(() -> { while (true) { } }));
System.out.println("started");
