/// The knowledge-base schema: authored knowledge, imported official datasets and their provenance.
///
/// Authored knowledge (`kb_*`) is rebuilt from `Knowledge/` whenever those files change; the
/// dataset tables are only ever replaced, one dataset at a time, by an import.
enum Schema {
    /// Bumped whenever the tables change; a file of the current version is used as it is.
    static let version = "12"

    /// Older versions that opening a file upgrades in place: tables and indexes are added (3:
    /// `code.description_key`, indexes on `aoc_edit.primary_code` and `lcd_document.document_id`;
    /// 5: `code_term`; 7: `place_of_service`; 8: `code_term_fts`, made from `code_term`; 9:
    /// `code_note`, empty until the ICD-10-CM tabular is imported again; 10: `code.short_key`, from
    /// the stored short descriptions; 11: `spelling_word`, from the stored descriptions, terms and entries), the
    /// full-text index of
    /// authored knowledge is made again from `kb_entry` (4: `category` and `kind` columns; 6: their
    /// filter words), and `classifier_counts` (3 to 9) is dropped: since 10 the classifier's tables
    /// are a file beside the knowledge base (``StoredClassifier``). A file of any other version must
    /// be rebuilt (unless it holds no imported dataset).
    static let inPlaceUpgrades: Set<String> = ["2", "3", "4", "5", "6", "7", "8", "9", "10", "11"]

    static let meta = """
        CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        """

    static let knowledge = """
        CREATE TABLE IF NOT EXISTS kb_entry(
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('code', 'modifier', 'article')),
            system TEXT NOT NULL,           -- CodeSystem raw value; '' for articles
            key TEXT NOT NULL,              -- the code, the modifier or the article id
            category TEXT NOT NULL,
            title TEXT NOT NULL,
            body TEXT NOT NULL,
            questions TEXT NOT NULL,
            keywords TEXT NOT NULL,
            status TEXT NOT NULL,
            source TEXT NOT NULL,
            url TEXT,
            as_of TEXT NOT NULL,
            file TEXT NOT NULL,
            line INTEGER NOT NULL,
            UNIQUE (kind, system, key)
        );
        CREATE TABLE IF NOT EXISTS kb_related(
            entry_id INTEGER NOT NULL REFERENCES kb_entry(id) ON DELETE CASCADE,
            system TEXT NOT NULL,
            code TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS kb_related_code ON kb_related(system, code);
        -- category and kind hold filter words (weight 0 in ranking); see knowledgeIndex.
        CREATE VIRTUAL TABLE IF NOT EXISTS kb_fts USING fts5(
            title, keywords, questions, body, category, kind,
            content = 'kb_entry', content_rowid = 'id', tokenize = 'porter unicode61'
        );
        """

    /// Fills the full-text index from `kb_entry`. Codes and modifiers are searchable by their own
    /// key too ("99213", "modifier 25"). Category and kind are indexed as words no question uses
    /// (``filterWord(category:)``, ``filterWord(kind:)``), so a search needs no column filter,
    /// which made FTS5 read every match's positions (~100 µs a search).
    static let knowledgeIndex = """
        INSERT INTO kb_fts(rowid, title, keywords, questions, body, category, kind)
        SELECT id, title, CASE kind WHEN 'article' THEN keywords ELSE key || ' ' || keywords END, questions, body,
               'category' || category, 'kind' || kind
        FROM kb_entry
        """

    /// The word that marks entries of `category` in the full-text index ("categorycoverage").
    static func filterWord(category: Category) -> String { "category" + category.rawValue }

    /// The word that marks entries of `kind` in the full-text index ("kindarticle").
    static func filterWord(kind: KnowledgeEntry.Kind) -> String { "kind" + kind.rawValue }

    static let datasets = """
        CREATE TABLE IF NOT EXISTS dataset(
            name TEXT NOT NULL,             -- hcpcs, icd10cm, ncci-ptp, ...
            setting TEXT NOT NULL,          -- practitioner, hospital, dme, or '' when not applicable
            release TEXT NOT NULL,          -- e.g. 2024-07-01, FY2026, 2025-10
            source_files TEXT NOT NULL,     -- file names as given to the import
            checksum TEXT NOT NULL,         -- SHA-256 of the input files
            row_count INTEGER NOT NULL,
            imported_at TEXT NOT NULL,      -- ISO 8601, UTC
            PRIMARY KEY (name, setting)
        ) WITHOUT ROWID;

        -- Official code sets: HCPCS Level II, ICD-10-CM, ICD-10-PCS, ICD-9-CM titles, CPT numbers
        -- (with the user's licensed descriptors only if the user imports them).
        CREATE TABLE IF NOT EXISTS code(
            id INTEGER PRIMARY KEY,
            system TEXT NOT NULL,
            code TEXT NOT NULL,             -- without dots: E119
            display TEXT NOT NULL,          -- as printed: E11.9
            description TEXT NOT NULL,
            short_description TEXT,
            billable INTEGER,               -- 1 valid for claims, 0 header; NULL unknown
            parent TEXT,
            effective_date TEXT,
            termination_date TEXT,
            dataset TEXT NOT NULL,
            description_key INTEGER,        -- DescriptionKey.key(description): exact description look-up
            short_key INTEGER,              -- DescriptionKey.key(short_description), NULL without one
            UNIQUE (system, code)
        );
        -- Header codes list their children in code order ("use a more specific code below it");
        -- with the code in the index the planner need not scan a whole code system to sort.
        DROP INDEX IF EXISTS code_parent;
        CREATE INDEX IF NOT EXISTS code_children ON code(system, parent, code);
        CREATE INDEX IF NOT EXISTS code_description_key ON code(description_key);
        -- Short descriptions as printed on claims and remittances ("Inj pembrolizumab"); most codes have none.
        CREATE INDEX IF NOT EXISTS code_short_key ON code(short_key) WHERE short_key IS NOT NULL;
        -- Inclusion terms of the ICD-10-CM tabular ("high blood pressure" under I10), found by the
        -- key of their essential words (InclusionTerm).
        CREATE TABLE IF NOT EXISTS code_term(
            system TEXT NOT NULL,
            code TEXT NOT NULL,             -- without dots, as in code
            term TEXT NOT NULL,             -- as printed in the tabular
            term_key INTEGER NOT NULL,      -- DescriptionKey.key(InclusionTerm.essential(term))
            dataset TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS code_term_key ON code_term(term_key);
        -- Instructional notes of the ICD-10-CM tabular (Excludes1, Excludes2, Use additional code,
        -- Code first, Code also), in the tabular's order; they apply to the codes below theirs too.
        CREATE TABLE IF NOT EXISTS code_note(
            system TEXT NOT NULL,
            code TEXT NOT NULL,             -- without dots, as in code
            kind TEXT NOT NULL,             -- CodeNote.Kind: excludes1, excludes2, useAdditionalCode, codeFirst, codeAlso
            note TEXT NOT NULL,             -- as printed in the tabular
            dataset TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS code_note_code ON code_note(system, code);
        -- The terms' words, for the similar-description search ("screening colonoscopy" is a term of Z12.11).
        CREATE VIRTUAL TABLE IF NOT EXISTS code_term_fts USING fts5(
            term, content = 'code_term', tokenize = 'porter unicode61'
        );
        CREATE VIRTUAL TABLE IF NOT EXISTS code_fts USING fts5(
            description, content = 'code', content_rowid = 'id', tokenize = 'porter unicode61'
        );
        -- The words of the code sets' descriptions and terms and of the authored knowledge, for
        -- reading misspelt words ("hypertention"; KnowledgeBase+Words).
        CREATE TABLE IF NOT EXISTS spelling_word(
            word TEXT NOT NULL,             -- a run of ASCII letters, lower-case, four or more
            source TEXT NOT NULL,           -- the dataset, or 'knowledge' for the authored entries
            uses INTEGER NOT NULL,          -- the source's texts that use it
            PRIMARY KEY (word, source)
        ) WITHOUT ROWID;

        -- PTP edits live in one table per setting (ptp_edit_practitioner, ptp_edit_hospital), created
        -- by the import (see Schema.ptpTable) so that a re-import can drop and rebuild one setting.
        CREATE TABLE IF NOT EXISTS ptp_rationale(id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE);

        CREATE TABLE IF NOT EXISTS mue(
            setting TEXT NOT NULL,
            code TEXT NOT NULL,
            value INTEGER NOT NULL,
            mai INTEGER NOT NULL,
            rationale TEXT,
            PRIMARY KEY (setting, code)
        ) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS aoc_edit(
            add_on TEXT NOT NULL,
            primary_code TEXT NOT NULL,     -- CCCCC: primary codes defined by the contractor
            edit_type INTEGER NOT NULL,
            effective_date TEXT,
            deletion_date TEXT,             -- NULL while the edit is active
            PRIMARY KEY (add_on, primary_code)
        ) WITHOUT ROWID;
        -- "Which add-ons go with 11042?" looks up by the primary code.
        CREATE INDEX IF NOT EXISTS aoc_edit_primary ON aoc_edit(primary_code);

        CREATE TABLE IF NOT EXISTS fee_schedule(
            code TEXT NOT NULL,
            modifier TEXT NOT NULL,         -- '' for the global service, 26, TC, 53
            description TEXT,               -- the short descriptor from the user's own file
            status TEXT NOT NULL,
            work_rvu REAL, non_facility_pe_rvu REAL, facility_pe_rvu REAL, mp_rvu REAL,
            non_facility_total REAL, facility_total REAL,
            pctc_indicator TEXT, global_days TEXT,
            multiple_procedure TEXT, bilateral_surgery TEXT, assistant_surgery TEXT,
            co_surgery TEXT, team_surgery TEXT, endoscopic_base TEXT, supervision TEXT,
            conversion_factor REAL,
            PRIMARY KEY (code, modifier)
        ) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS gem(
            map TEXT NOT NULL,              -- icd9cm-to-icd10cm, icd10cm-to-icd9cm, icd9pcs-to-icd10pcs
            source TEXT NOT NULL,
            target TEXT NOT NULL,
            approximate INTEGER NOT NULL,
            no_map INTEGER NOT NULL,
            combination INTEGER NOT NULL,
            scenario INTEGER NOT NULL,
            choice_list INTEGER NOT NULL
        );
        CREATE INDEX IF NOT EXISTS gem_source ON gem(map, source);
        CREATE INDEX IF NOT EXISTS gem_any_source ON gem(source);  -- "is this code in any GEM?" (code guard)

        CREATE TABLE IF NOT EXISTS lcd_document(
            id INTEGER PRIMARY KEY,
            document_id TEXT NOT NULL,      -- L12345 or A56789
            document_type TEXT NOT NULL,    -- LCD or Article
            title TEXT NOT NULL,
            contractor TEXT,
            version TEXT,
            effective_date TEXT,
            retirement_date TEXT,           -- NULL while the document is active
            updated_on TEXT,
            url TEXT
        );
        CREATE INDEX IF NOT EXISTS lcd_document_id ON lcd_document(document_id);
        CREATE VIRTUAL TABLE IF NOT EXISTS lcd_fts USING fts5(
            title, content = 'lcd_document', content_rowid = 'id', tokenize = 'porter unicode61'
        );

        CREATE TABLE IF NOT EXISTS place_of_service(
            code TEXT PRIMARY KEY,          -- two digits: 11
            name TEXT NOT NULL,             -- Office
            description TEXT NOT NULL
        ) WITHOUT ROWID;
        """

    /// The PTP table of one setting.
    static func ptpTable(_ setting: Setting) -> String { "ptp_edit_\(setting.rawValue)" }

    /// Creates the (empty) PTP table of `setting`; its index is built after the bulk insert.
    static func createPTPTable(_ setting: Setting) -> String {
        """
        CREATE TABLE \(ptpTable(setting))(
            column1 TEXT NOT NULL,
            column2 TEXT NOT NULL,
            effective_date TEXT,
            deletion_date TEXT,             -- NULL while the edit is active
            prior_1996 INTEGER,             -- 1 when marked as in existence before 1996
            modifier_indicator INTEGER NOT NULL,
            rationale INTEGER               -- ptp_rationale.id
        );
        """
    }

    /// Every table that holds imported data (dropped when an empty old-version file is upgraded).
    static let datasetTables = ["dataset", "code_fts", "code", "spelling_word", "code_term_fts", "code_term", "code_note", "ptp_rationale", "ptp_edit", "mue", "aoc_edit", "fee_schedule", "gem", "lcd_fts", "lcd_document", "place_of_service"]
}
