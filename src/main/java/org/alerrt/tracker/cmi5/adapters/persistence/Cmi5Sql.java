package org.alerrt.tracker.cmi5.adapters.persistence;

/** Every SQL statement on the cmi5 tables (portable: H2 2.2 and PostgreSQL 17). */
final class Cmi5Sql {

    static final String NEXT_COURSE_ID = "SELECT nextval('cmi5_course_seq')";
    static final String NEXT_VERSION_ID = "SELECT nextval('cmi5_version_seq')";

    private static final String COURSE_COLUMNS =
            "SELECT id, course_iri, tcole_number, latest_version, created_at, updated_at, format FROM cmi5_course";

    /** Row lock: two imports of the same course take turns, so version numbers never collide. */
    static final String COURSE_BY_IRI_FOR_UPDATE = COURSE_COLUMNS + " WHERE course_iri = ? FOR UPDATE";

    static final String COURSE_BY_ID = COURSE_COLUMNS + " WHERE id = ?";
    static final String COURSES = COURSE_COLUMNS + " ORDER BY id";

    static final String INSERT_COURSE = """
            INSERT INTO cmi5_course (id, course_iri, tcole_number, latest_version, created_at, updated_at, format)
            VALUES (?, ?, ?, 0, ?, ?, ?)""";
    static final String UPDATE_COURSE =
            "UPDATE cmi5_course SET tcole_number = ?, latest_version = ?, updated_at = ? WHERE id = ?";
    /** Cascades to versions, blocks, AUs and files (ON DELETE CASCADE). */
    /** Import admits only http(s) URLs with a scheme (AuUrlRule, TinCanLaunchRule); relative ones have none. */
    static final String ABSOLUTE_LAUNCH_URLS = """
            SELECT DISTINCT url FROM cmi5_au WHERE LOWER(url) LIKE 'http%:%'
            UNION SELECT DISTINCT launch FROM tincan_activity WHERE LOWER(launch) LIKE 'http%:%'""";

    static final String DELETE_COURSE = "DELETE FROM cmi5_course WHERE id = ?";

    static final String INSERT_VERSION = """
            INSERT INTO cmi5_course_version (id, course_id, version, status, package_kind, title, description,
                objectives, au_count, block_count, file_count, imported_at, imported_by)
            VALUES (?, ?, ?, 'IMPORTING', ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    static final String MARK_READY = "UPDATE cmi5_course_version SET status = 'READY' WHERE id = ?";

    private static final String VERSION_COLUMNS = """
            SELECT id, course_id, version, status, package_kind, title, description, au_count, block_count,
                file_count, imported_at, imported_by FROM cmi5_course_version""";
    static final String VERSIONS = VERSION_COLUMNS + " WHERE course_id = ? ORDER BY version";
    static final String VERSION = VERSION_COLUMNS + " WHERE course_id = ? AND version = ?";
    static final String VERSION_OBJECTIVES = "SELECT objectives FROM cmi5_course_version WHERE id = ?";

    static final String INSERT_BLOCK = """
            INSERT INTO cmi5_block (version_id, seq, parent_seq, block_iri, title, description, objectives)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";
    static final String INSERT_AU = """
            INSERT INTO cmi5_au (version_id, seq, parent_seq, au_iri, title, description, objectives, url,
                launch_method, move_on, mastery_score, launch_parameters, entitlement_key, activity_type)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    static final String BLOCKS = """
            SELECT seq, parent_seq, block_iri, title, description, objectives FROM cmi5_block
            WHERE version_id = ? ORDER BY seq""";
    static final String AUS = """
            SELECT seq, parent_seq, au_iri, title, description, objectives, url, launch_method, move_on,
                mastery_score, launch_parameters, entitlement_key, activity_type
            FROM cmi5_au WHERE version_id = ? ORDER BY seq""";

    static final String INSERT_FILE =
            "INSERT INTO cmi5_file (version_id, path, size_bytes, chunk_count) VALUES (?, ?, 0, 0)";
    static final String FINISH_FILE =
            "UPDATE cmi5_file SET size_bytes = ?, chunk_count = ? WHERE version_id = ? AND path = ?";
    static final String INSERT_CHUNK =
            "INSERT INTO cmi5_file_chunk (version_id, path, chunk_no, data) VALUES (?, ?, ?, ?)";
    static final String FILE = """
            SELECT f.version_id, f.size_bytes, f.chunk_count FROM cmi5_file f
            JOIN cmi5_course_version v ON v.id = f.version_id
            WHERE v.course_id = ? AND v.version = ? AND v.status = 'READY' AND f.path = ?""";
    /** One chunk per query, so no driver ever buffers a whole file. */
    static final String CHUNK = "SELECT data FROM cmi5_file_chunk WHERE version_id = ? AND path = ? AND chunk_no = ?";

    private Cmi5Sql() {}
}
