package org.lumen.viewer.desktop;

/** A process whose own shutdown hook never ends, as JOGL's sometimes does; with the watchdog it still exits. */
public final class HangingShutdownMain {
    private HangingShutdownMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("watchdog")) {
            ShutdownWatchdog.install();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Object never = new Object();
            synchronized (never) {
                try {
                    never.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }));
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
