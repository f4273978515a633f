import java.lang.management.ManagementFactory;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up peer of bench/startup.sh: a bare JavaFX window of the workstation's size with one
 * label, timed like the app (same output line): the floor a JavaFX application starts from here.
 */
public final class EmptyWindow extends Application {
    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("empty")), 1280, 860));
        stage.show();
        long jvm = ManagementFactory.getRuntimeMXBean().getStartTime();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                long frame = System.currentTimeMillis();
                Platform.runLater(() -> {
                    System.err.printf("lumen-startup jvm=%d window=%d image=%d responsive=%d fxcpu=%d cpu=%d%n", jvm, frame, frame,
                            System.currentTimeMillis(), ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000,
                            ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                                    ? os.getProcessCpuTime() / 1_000_000 : -1);
                    Platform.exit();
                });
            }
        }.start();
    }
}

/** Launches {@link EmptyWindow} (a main class that is not the Application, as the app's classpath launch needs). */
final class EmptyWindowMain {
    private EmptyWindowMain() {}

    public static void main(String[] args) {
        Application.launch(EmptyWindow.class, args);
    }
}
