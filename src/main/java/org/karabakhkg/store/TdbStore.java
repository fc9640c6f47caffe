package org.karabakhkg.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.karabakhkg.KgException;

/**
 * The TDB2 store on disk. A new store is written beside the old one and swapped in by renaming, so a
 * build that fails at any point leaves the previous store as it was.
 */
public final class TdbStore {
    private static final String LOCK = "tdb.lock";

    private TdbStore() {}

    /** Replaces the store at {@code dir} with {@code content}, or fails leaving it untouched. */
    public static void replace(Path dir, DatasetGraph content) {
        stage(dir, content, () -> { }).commit();
    }

    /** A new store written beside the old one, waiting to be swapped in. */
    public static final class Staged {
        private final Path dir;
        private final Path target;
        private final Path fresh;

        private Staged(Path dir, Path target, Path fresh) {
            this.dir = dir;
            this.target = target;
            this.fresh = fresh;
        }

        /** Swaps the new store in for the old one. */
        public void commit() {
            swap(dir, target, fresh);
        }
    }

    /**
     * Writes {@code content} as a new store beside {@code dir} while {@code check} runs on this thread;
     * if either fails the new store is removed and the old one stays as it was.
     */
    public static Staged stage(Path dir, DatasetGraph content, Runnable check) {
        Path target = dir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new KgException(dir + ": cannot create store location: " + e.getMessage());
        }
        if (!Files.isWritable(parent))
            throw new KgException(dir + ": store location is not writable (" + parent + ")");
        if (Files.exists(target))
            requireReplaceable(dir, target);
        Path fresh = parent.resolve("." + target.getFileName() + ".new-" + ProcessHandle.current().pid());
        deleteTree(fresh);
        CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> write(fresh, content));
        try {
            check.run();
            writing.join();
        } catch (CompletionException e) {
            deleteTree(fresh);
            throw new KgException(dir + ": cannot write store: " + e.getCause().getMessage(), e.getCause());
        } catch (RuntimeException e) {
            writing.handle((v, t) -> null).join();
            deleteTree(fresh);
            throw e;
        }
        return new Staged(dir, target, fresh);
    }

    /** Runs {@code action} on the store in a read transaction. */
    public static <T> T read(Path dir, Function<DatasetGraph, T> action) {
        Path target = dir.toAbsolutePath().normalize();
        if (!isStore(target))
            throw new KgException(dir + ": no store here; run 'build' first");
        DatasetGraph dsg = open(dir);
        try {
            return Txn.calculateRead(dsg, () -> action.apply(dsg));
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    /** Connects to the store; one held by another process (a server) is one clear error. */
    public static DatasetGraph open(Path dir) {
        try {
            return DatabaseMgr.connectDatasetGraph(dir.toAbsolutePath().normalize().toString());
        } catch (DBOpEnvException e) {
            throw new KgException(dir + ": store is in use by another process (" + e.getMessage().replaceFirst(".*held by ", "held by ") + ")");
        }
    }

    public static boolean isStore(Path dir) {
        if (!Files.isDirectory(dir))
            return false;
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith("Data-") || p.getFileName().toString().equals(LOCK));
        } catch (IOException e) {
            return false;
        }
    }

    private static void write(Path fresh, DatasetGraph content) {
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(fresh.toString());
        try {
            Txn.executeWrite(tdb, () -> content.find().forEachRemaining(tdb::add));
        } finally {
            TDBInternal.expel(tdb);
        }
    }

    /** Refuses to replace a directory that is not a TDB2 store, or a store another process has open. */
    private static void requireReplaceable(Path dir, Path target) {
        if (!Files.isDirectory(target))
            throw new KgException(dir + ": exists and is not a directory");
        boolean empty;
        try (Stream<Path> s = Files.list(target)) {
            empty = s.findAny().isEmpty();
        } catch (IOException e) {
            throw new KgException(dir + ": cannot read store location: " + e.getMessage());
        }
        if (!empty && !isStore(target))
            throw new KgException(dir + ": exists and is not a TDB2 store; refusing to replace it");
        Path lock = target.resolve(LOCK);
        if (Files.exists(lock)) {
            try {
                long pid = Long.parseLong(Files.readString(lock).strip());
                if (pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                    throw new KgException(dir + ": store is in use by process " + pid + "; stop it first");
            } catch (IOException | NumberFormatException e) {
                // An unreadable lock belongs to no live process we can name; TDB2 itself decides.
            }
        }
    }

    private static void swap(Path dir, Path target, Path fresh) {
        Path old = target.resolveSibling("." + target.getFileName() + ".old-" + ProcessHandle.current().pid());
        deleteTree(old);
        boolean hadOld = Files.exists(target);
        try {
            if (hadOld)
                move(target, old);
            move(fresh, target);
        } catch (IOException e) {
            try {
                if (hadOld && !Files.exists(target))
                    move(old, target);
            } catch (IOException restore) {
                throw new KgException(dir + ": swap failed and the previous store is at " + old + ": " + restore.getMessage());
            }
            deleteTree(fresh);
            throw new KgException(dir + ": cannot swap in the new store: " + e.getMessage());
        }
        deleteTree(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path p) {
        if (!Files.exists(p))
            return;
        try (Stream<Path> s = Files.walk(p)) {
            s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // Left-overs of a temporary directory do no harm; the next build removes them.
        }
    }
}
