package org.alerrt.tracker.cmi5.adapters.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.alerrt.tracker.cmi5.api.Cmi5Course;
import org.alerrt.tracker.cmi5.api.CourseFormat;
import org.alerrt.tracker.cmi5.api.CourseVersion;
import org.alerrt.tracker.cmi5.api.LangString;
import org.alerrt.tracker.cmi5.api.LaunchMethod;
import org.alerrt.tracker.cmi5.api.PackageKind;
import org.alerrt.tracker.cmi5.domain.AssignableUnit;
import org.alerrt.tracker.cmi5.domain.Block;
import org.alerrt.tracker.cmi5.domain.Cmi5CourseRepository;
import org.alerrt.tracker.cmi5.domain.ConcurrentImportException;
import org.alerrt.tracker.cmi5.domain.CourseStructure;
import org.alerrt.tracker.cmi5.domain.MoveOn;
import org.alerrt.tracker.cmi5.domain.StoredFile;
import org.alerrt.tracker.cmi5.domain.StructureNode;
import org.alerrt.tracker.platform.persistence.Jdbc;
import org.alerrt.tracker.platform.persistence.JdbcRepository;
import org.alerrt.tracker.platform.persistence.PersistenceException;

/**
 * cmi5 courses over plain JDBC; connections come from the JTA datasource, so an import's many statements join
 * its one transaction. Blocks, AUs and file chunks go in JDBC batches (a 1000-AU course is a few round trips).
 */
@ApplicationScoped
public class JdbcCmi5CourseRepository extends JdbcRepository implements Cmi5CourseRepository {

    /** 256 KiB: well under H2's 1 MiB limit for one BYTEA value. */
    static final int CHUNK_BYTES = 256 * 1024;

    private static final int BATCH = 500;
    private static final String CANNOT_READ = "Cannot read cmi5 courses";
    private static final String CANNOT_UPDATE = "Cannot update cmi5 courses";

    public JdbcCmi5CourseRepository() {}

    /** For tests without a container. */
    public JdbcCmi5CourseRepository(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    public Optional<Cmi5Course> findByIriForUpdate(String iri) {
        return queryOne(
                CANNOT_READ,
                Cmi5Sql.COURSE_BY_IRI_FOR_UPDATE,
                ps -> ps.setString(1, iri),
                JdbcCmi5CourseRepository::course);
    }

    @Override
    public Cmi5Course insertCourse(String iri, String tcoleNumber, CourseFormat format, OffsetDateTime now) {
        long id = nextId(Cmi5Sql.NEXT_COURSE_ID);
        update(CANNOT_UPDATE, Cmi5Sql.INSERT_COURSE, ps -> {
            ps.setLong(1, id);
            ps.setString(2, iri);
            ps.setString(3, tcoleNumber);
            ps.setObject(4, now);
            ps.setObject(5, now);
            ps.setString(6, format.name());
        });
        return new Cmi5Course(id, iri, tcoleNumber, 0, now, now, format);
    }

    @Override
    public void updateCourse(long id, String tcoleNumber, int latestVersion, OffsetDateTime now) {
        update(CANNOT_UPDATE, Cmi5Sql.UPDATE_COURSE, ps -> {
            ps.setString(1, tcoleNumber);
            ps.setInt(2, latestVersion);
            ps.setObject(3, now);
            ps.setLong(4, id);
        });
    }

    @Override
    public long insertVersion(
            long courseId,
            int version,
            PackageKind kind,
            CourseStructure s,
            int fileCount,
            OffsetDateTime now,
            String by) {
        long id = nextId(Cmi5Sql.NEXT_VERSION_ID);
        update(CANNOT_UPDATE, Cmi5Sql.INSERT_VERSION, ps -> {
            ps.setLong(1, id);
            ps.setLong(2, courseId);
            ps.setInt(3, version);
            ps.setString(4, kind.name());
            ps.setString(5, Cmi5Json.langString(s.title()));
            ps.setString(6, Cmi5Json.langString(s.description()));
            ps.setString(7, Cmi5Json.objectives(s.objectives()));
            ps.setInt(8, s.aus().size());
            ps.setInt(9, s.blocks().size());
            ps.setInt(10, fileCount);
            ps.setObject(11, now);
            ps.setString(12, by);
        });
        return id;
    }

    @Override
    public void markReady(long versionId) {
        update(CANNOT_UPDATE, Cmi5Sql.MARK_READY, ps -> ps.setLong(1, versionId));
    }

    @Override
    public void insertStructure(long versionId, CourseStructure structure) {
        try (Connection c = dataSource().getConnection();
                PreparedStatement blocks = c.prepareStatement(Cmi5Sql.INSERT_BLOCK);
                PreparedStatement aus = c.prepareStatement(Cmi5Sql.INSERT_AU)) {
            Batches batches = new Batches(blocks, aus);
            insert(versionId, structure.children(), null, new int[] {0}, batches);
            batches.flush();
        } catch (SQLException e) {
            throw failure("Cannot store the course structure", e);
        }
    }

    /** Pending rows of the two batches; flushed every BATCH rows. */
    private static final class Batches {
        final PreparedStatement blocks;
        final PreparedStatement aus;
        int pendingBlocks;
        int pendingAus;

        Batches(PreparedStatement blocks, PreparedStatement aus) {
            this.blocks = blocks;
            this.aus = aus;
        }

        void flush() throws SQLException {
            // blocks first: nothing references them in SQL, but keeping file order in both is easier to read
            if (pendingBlocks > 0) {
                blocks.executeBatch();
                pendingBlocks = 0;
            }
            if (pendingAus > 0) {
                aus.executeBatch();
                pendingAus = 0;
            }
        }
    }

    private void insert(long versionId, List<StructureNode> nodes, Integer parent, int[] seq, Batches b)
            throws SQLException {
        for (StructureNode n : nodes) {
            int mine = seq[0]++;
            if (n instanceof Block) {
                PreparedStatement ps = b.blocks;
                bindNode(ps, versionId, mine, parent, n);
                ps.addBatch();
                b.pendingBlocks++;
            } else {
                AssignableUnit au = (AssignableUnit) n;
                PreparedStatement ps = b.aus;
                bindNode(ps, versionId, mine, parent, n);
                ps.setString(8, au.url());
                ps.setString(9, au.launchMethod().name());
                ps.setString(10, au.moveOn().name());
                ps.setBigDecimal(11, au.masteryScore());
                ps.setString(12, au.launchParameters());
                ps.setString(13, au.entitlementKey());
                ps.setString(14, au.activityType());
                ps.addBatch();
                b.pendingAus++;
            }
            if (b.pendingBlocks + b.pendingAus >= BATCH) {
                b.flush();
            }
            if (n instanceof Block block) {
                insert(versionId, block.children(), mine, seq, b);
            }
        }
    }

    /** The columns a block and an AU row share, 1 to 7, in the same order. */
    private static void bindNode(PreparedStatement ps, long versionId, int seq, Integer parent, StructureNode n)
            throws SQLException {
        ps.setLong(1, versionId);
        ps.setInt(2, seq);
        setInteger(ps, 3, parent);
        ps.setString(4, n.id());
        ps.setString(5, Cmi5Json.langString(n.title()));
        ps.setString(6, Cmi5Json.langString(n.description()));
        ps.setString(7, Cmi5Json.refs(n.objectiveRefs()));
    }

    @Override
    public long insertFile(long versionId, String path, InputStream content, long maxBytes) throws IOException {
        try (Connection c = dataSource().getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(Cmi5Sql.INSERT_FILE)) {
                ps.setLong(1, versionId);
                ps.setString(2, path);
                ps.executeUpdate();
            }
            long total = 0;
            int chunks = 0;
            try (PreparedStatement ps = c.prepareStatement(Cmi5Sql.INSERT_CHUNK)) {
                byte[] chunk;
                while ((chunk = content.readNBytes(CHUNK_BYTES)).length > 0) {
                    total += chunk.length;
                    if (total > maxBytes) {
                        return -1;
                    }
                    ps.setLong(1, versionId);
                    ps.setString(2, path);
                    ps.setInt(3, chunks++);
                    ps.setBytes(4, chunk);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement(Cmi5Sql.FINISH_FILE)) {
                ps.setLong(1, total);
                ps.setInt(2, chunks);
                ps.setLong(3, versionId);
                ps.setString(4, path);
                ps.executeUpdate();
            }
            return total;
        } catch (SQLException e) {
            throw failure("Cannot store package file " + path, e);
        }
    }

    @Override
    public List<Cmi5Course> list() {
        return query(CANNOT_READ, Cmi5Sql.COURSES, ps -> {}, JdbcCmi5CourseRepository::course);
    }

    @Override
    public List<String> absoluteLaunchUrls() {
        return query(CANNOT_READ, Cmi5Sql.ABSOLUTE_LAUNCH_URLS, ps -> {}, rs -> rs.getString(1));
    }

    @Override
    public Optional<Cmi5Course> find(long id) {
        return queryOne(CANNOT_READ, Cmi5Sql.COURSE_BY_ID, ps -> ps.setLong(1, id), JdbcCmi5CourseRepository::course);
    }

    @Override
    public List<CourseVersion> versions(long courseId) {
        return query(CANNOT_READ, Cmi5Sql.VERSIONS, ps -> ps.setLong(1, courseId), JdbcCmi5CourseRepository::version);
    }

    @Override
    public Optional<CourseVersion> version(long courseId, int version) {
        return queryOne(
                CANNOT_READ,
                Cmi5Sql.VERSION,
                ps -> {
                    ps.setLong(1, courseId);
                    ps.setInt(2, version);
                },
                JdbcCmi5CourseRepository::version);
    }

    @Override
    public CourseStructure structure(CourseVersion v) {
        String courseIri = find(v.courseId()).map(Cmi5Course::iri).orElse(null);
        try (Connection c = dataSource().getConnection()) {
            String objectives;
            try (PreparedStatement ps = c.prepareStatement(Cmi5Sql.VERSION_OBJECTIVES)) {
                ps.setLong(1, v.id());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    objectives = rs.getString(1);
                }
            }
            // Rows of both tables merged by seq rebuild the tree: a node's parent always has a smaller seq.
            Map<Integer, Object[]> rows = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement(Cmi5Sql.BLOCKS)) {
                ps.setLong(1, v.id());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.put(rs.getInt(1), new Object[] {
                            nullableInt(rs, 2),
                            rs.getString(3),
                            Cmi5Json.langString(rs.getString(4)),
                            Cmi5Json.langString(rs.getString(5)),
                            Cmi5Json.refs(rs.getString(6))
                        });
                    }
                }
            }
            Map<Integer, AssignableUnit> aus = new HashMap<>();
            Map<Integer, Integer> auParents = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(Cmi5Sql.AUS)) {
                ps.setLong(1, v.id());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int seq = rs.getInt(1);
                        auParents.put(seq, nullableInt(rs, 2));
                        aus.put(
                                seq,
                                new AssignableUnit(
                                        rs.getString(3),
                                        Cmi5Json.langString(rs.getString(4)),
                                        Cmi5Json.langString(rs.getString(5)),
                                        Cmi5Json.refs(rs.getString(6)),
                                        rs.getString(7),
                                        LaunchMethod.valueOf(rs.getString(8)),
                                        MoveOn.valueOf(rs.getString(9)),
                                        rs.getBigDecimal(10),
                                        rs.getString(11),
                                        rs.getString(12),
                                        rs.getString(13)));
                        rows.put(seq, null);
                    }
                }
            }
            Map<Integer, List<StructureNode>> childrenOf = new HashMap<>();
            List<StructureNode> top = new ArrayList<>();
            // Build bottom-up: process seqs in reverse so a block's children exist when the block is made.
            List<Integer> seqs = new ArrayList<>(rows.keySet());
            Collections.reverse(seqs);
            Map<Integer, StructureNode> built = new HashMap<>();
            Map<Integer, Integer> parents = new HashMap<>(auParents);
            for (Integer seq : seqs) {
                Object[] block = rows.get(seq);
                StructureNode node;
                if (block == null) {
                    node = aus.get(seq);
                } else {
                    parents.put(seq, (Integer) block[0]);
                    List<StructureNode> kids = new ArrayList<>(childrenOf.getOrDefault(seq, List.of()));
                    Collections.reverse(kids);
                    @SuppressWarnings("unchecked")
                    List<String> refs = (List<String>) block[4];
                    node = new Block((String) block[1], (LangString) block[2], (LangString) block[3], refs, kids);
                }
                built.put(seq, node);
                Integer parent = parents.get(seq);
                if (parent == null) {
                    top.add(node);
                } else {
                    childrenOf.computeIfAbsent(parent, k -> new ArrayList<>()).add(node);
                }
            }
            Collections.reverse(top);
            return new CourseStructure(courseIri, v.title(), v.description(), Cmi5Json.objectives(objectives), top);
        } catch (SQLException e) {
            throw failure("Cannot read the course structure", e);
        }
    }

    @Override
    public boolean delete(long id) {
        return update(CANNOT_UPDATE, Cmi5Sql.DELETE_COURSE, ps -> ps.setLong(1, id)) > 0;
    }

    @Override
    public Optional<StoredFile> file(long courseId, int version, String path) {
        return queryOne(
                CANNOT_READ,
                Cmi5Sql.FILE,
                ps -> {
                    ps.setLong(1, courseId);
                    ps.setInt(2, version);
                    ps.setString(3, path);
                },
                rs -> new StoredFile(rs.getLong(1), path, rs.getLong(2), rs.getInt(3)));
    }

    @Override
    public void copyFile(StoredFile file, OutputStream out) throws IOException {
        try (Connection c = dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement(Cmi5Sql.CHUNK)) {
            for (int i = 0; i < file.chunkCount(); i++) {
                ps.setLong(1, file.versionId());
                ps.setString(2, file.path());
                ps.setInt(3, i);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        out.write(rs.getBytes(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw failure("Cannot read package file " + file.path(), e);
        }
    }

    // --- helpers

    private long nextId(String sequenceSql) {
        return queryOne(CANNOT_READ, sequenceSql, ps -> {}, rs -> rs.getLong(1)).orElseThrow();
    }

    private static Cmi5Course course(ResultSet rs) throws SQLException {
        return new Cmi5Course(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getInt(4),
                Jdbc.utc(rs, 5),
                Jdbc.utc(rs, 6),
                CourseFormat.valueOf(rs.getString(7)));
    }

    private static CourseVersion version(ResultSet rs) throws SQLException {
        return new CourseVersion(
                rs.getLong(1),
                rs.getLong(2),
                rs.getInt(3),
                CourseVersion.Status.valueOf(rs.getString(4)),
                PackageKind.valueOf(rs.getString(5)),
                Cmi5Json.langString(rs.getString(6)),
                Cmi5Json.langString(rs.getString(7)),
                rs.getInt(8),
                rs.getInt(9),
                rs.getInt(10),
                Jdbc.utc(rs, 11),
                rs.getString(12));
    }

    private static Integer nullableInt(ResultSet rs, int i) throws SQLException {
        int v = rs.getInt(i);
        return rs.wasNull() ? null : v;
    }

    private static void setInteger(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }

    /** A unique-key clash means another import of the same course won the race: the caller may retry. */
    @Override
    protected RuntimeException failure(String message, SQLException e) {
        if ("23505".equals(e.getSQLState())) {
            return new ConcurrentImportException(message, e);
        }
        return new PersistenceException(message, e);
    }
}
