//! WHERE-clause constructions: inclusive bounds written after the number ("5 or more"),
//! numbers a few words after their cue ("after the year of 1990"), ranges written before
//! their column ("with between 90 and 120 minutes runtime"), each on a schema the test makes
//! itself.

// Tests may unwrap (house rule); helpers outside #[test] functions too.
#![allow(clippy::unwrap_used)]

// Shared helpers; this file does not need all of them.
#[allow(dead_code)]
mod common;

use common::{col, fk, table, vcol};
use quarry_model::Schema;

/// A film club: films, critics who review them, and screenings by year.
fn club() -> Schema {
    Schema::new(vec![
        table(
            "critics",
            "critic_id",
            vec![
                col("critic_id", "integer"),
                col("name", "text"),
                col("salary", "integer"),
                col("height", "real"),
                col("age", "integer"),
                vcol("rank", &["Senior", "Junior"]),
                vcol("country", &["USA", "United Kingdom", "France"]),
            ],
            vec![],
        ),
        table(
            "films",
            "film_id",
            vec![
                col("film_id", "integer"),
                col("title", "text"),
                col("released_in", "integer"),
                col("runtime", "integer"),
                col("code", "text"),
                col("cost", "integer"),
            ],
            vec![],
        ),
        table(
            "reviews",
            "review_id",
            vec![
                col("review_id", "integer"),
                col("critic_id", "integer"),
                col("film_id", "integer"),
                col("stars", "integer"),
            ],
            vec![
                fk("critic_id", "critics", "critic_id"),
                fk("film_id", "films", "film_id"),
            ],
        ),
    ])
}

fn sql(q: &str) -> String {
    common::sql_or_declined(&club(), q)
}

#[test]
fn or_more_after_a_number_is_an_inclusive_bound() {
    // "3 or more reviews": reviews counted per critic, at least 3.
    assert_eq!(
        sql("Which critics wrote 3 or more reviews?"),
        "SELECT T1.name FROM critics AS T1 JOIN reviews AS T2 ON T1.critic_id = \
         T2.critic_id GROUP BY T1.critic_id HAVING COUNT(*) >= 3"
    );
    // "120 or less": the column before the number, bound included.
    assert_eq!(
        sql("List the film titles with runtime 120 or less."),
        "SELECT title FROM films WHERE runtime <= 120"
    );
}

#[test]
fn or_before_a_second_bound_is_two_comparisons() {
    // "below 90 or above 150": each cue has its own number; the "or" joins them.
    let q = sql("Give film titles with runtime below 90 or above 150.");
    assert!(
        q.contains("runtime < 90") && q.contains("runtime > 150"),
        "{q}"
    );
}

#[test]
fn number_a_few_words_after_its_cue() {
    // "after the year of 1990": the year column named between the cue and the number.
    assert_eq!(
        sql("List the titles of films released after the year of 1990."),
        "SELECT title FROM films WHERE released_in > 1990"
    );
    // "at least a height of 1.8": the column between, not an equality.
    assert_eq!(
        sql("Which critics have at least a height of 1.8?"),
        "SELECT name FROM critics WHERE height >= 1.8"
    );
}

/// A shipping registry: ports (with a country stored as "USA"), ships with a boolean flag
/// and a number, voyages per year, and fees per year.
fn registry() -> Schema {
    Schema::new(vec![
        table(
            "ports",
            "port_id",
            vec![
                col("port_id", "integer"),
                col("name", "text"),
                vcol("country", &["USA", "United Kingdom", "Peru"]),
                vcol("kind", &["Public", "Private"]),
                col("state", "text"),
                col("year", "integer"),
            ],
            vec![],
        ),
        table(
            "vessels",
            "vessel_id",
            vec![
                col("vessel_id", "integer"),
                col("hull_no", "integer"),
                col("name", "text"),
                col("insured", "boolean"),
                vcol("crew_signup", &["1", "0"]),
                vcol("nav_status", &["Docked", "Sailing"]),
                col("captain", "integer"),
                col("port_id", "integer"),
            ],
            vec![fk("port_id", "ports", "port_id")],
        ),
        table(
            "tolls",
            "toll_id",
            vec![
                col("toll_id", "integer"),
                col("port_id", "integer"),
                col("year", "integer"),
                col("toll_fee", "integer"),
            ],
            vec![fk("port_id", "ports", "port_id")],
        ),
    ])
}

fn reg_sql(q: &str) -> String {
    common::sql_or_declined(&registry(), q)
}

#[test]
fn another_name_of_a_place_finds_the_stored_one() {
    // "the US" for the stored "USA"; "the United Kingdom" stays itself.
    assert_eq!(
        reg_sql("How many ports are in the US?"),
        "SELECT COUNT(*) FROM ports WHERE country = 'USA'"
    );
    assert_eq!(
        reg_sql("Count the ports located in the United States."),
        "SELECT COUNT(*) FROM ports WHERE country = 'USA'"
    );
    // The pronoun "us" is not a country.
    assert!(!reg_sql("Tell us the names of all ports.").contains("USA"));
}

#[test]
fn a_boolean_column_named_as_a_property_is_true() {
    // "vessels that are insured": the flag's true value, also after "who/that".
    assert_eq!(
        reg_sql("How many vessels are insured?"),
        "SELECT COUNT(*) FROM vessels WHERE insured = '1'"
    );
    assert_eq!(
        reg_sql("Count the vessels that are insured."),
        "SELECT COUNT(*) FROM vessels WHERE insured = '1'"
    );
}

#[test]
fn a_whole_number_named_as_a_yes_no_question_is_a_flag() {
    // SQLite has no boolean type: `is_active INTEGER` holds 0 and 1, which the value index
    // (text only) never sees; its name says what it is. A number named otherwise is not.
    let gym = Schema::new(vec![table(
        "members",
        "member_id",
        vec![
            col("member_id", "integer"),
            col("full_name", "text"),
            col("is_active", "integer"),
            col("visits", "integer"),
        ],
        vec![],
    )]);
    let sql = |q: &str| common::sql_or_declined(&gym, q);
    assert_eq!(
        sql("How many members are active?"),
        "SELECT COUNT(*) FROM members WHERE is_active = '1'"
    );
    assert_eq!(
        sql("List member names for members who are not active."),
        "SELECT full_name FROM members WHERE is_active <> '1'"
    );
    assert!(!sql("How many members are visits?").contains("'1'"));
}

#[test]
fn a_number_named_as_a_number_of_a_column_or_table() {
    // "captain number 7": the column before "number".
    assert_eq!(
        reg_sql("List vessel names with captain number 7."),
        "SELECT name FROM vessels WHERE captain = 7"
    );
    // "the vessel with number 12": the table's number column.
    assert_eq!(
        reg_sql("Give the name of the vessel with number 12."),
        "SELECT name FROM vessels WHERE hull_no = 12"
    );
}

#[test]
fn a_year_belongs_to_the_table_of_the_asked_column() {
    // Ports and tolls both have a year; the fee asked about is a toll's.
    assert_eq!(
        reg_sql("What is the average toll fee of ports in 2010?"),
        "SELECT AVG(T2.toll_fee) FROM ports AS T1 JOIN tolls AS T2 ON T1.port_id = T2.port_id \
         WHERE T2.\"year\" = 2010"
    );
}

#[test]
fn unquoted_text_a_pattern_looks_for() {
    // Named as a word, written in capitals, or digits a code starts with.
    assert_eq!(
        sql("Which films have a title that contains the word love?"),
        "SELECT title FROM films WHERE title LIKE '%love%'"
    );
    assert_eq!(
        sql("How many films have a title containing XL?"),
        "SELECT COUNT(*) FROM films WHERE title LIKE '%XL%'"
    );
    // A capitalised word mid-sentence, the way a user writes a piece of a name.
    assert_eq!(
        sql("List film titles whose title contains Moon."),
        "SELECT title FROM films WHERE title LIKE '%Moon%'"
    );
    assert_eq!(
        sql("List film titles with code starting with 4."),
        "SELECT title FROM films WHERE code LIKE '4%'"
    );
    // An everyday word after "contains" is not text to look for.
    assert!(!sql("Which films contain more than 2 reviews?").contains("LIKE"));
}

#[test]
fn a_second_pattern_after_or_is_looked_for_the_same_way() {
    assert_eq!(
        sql("Give film titles whose title contains 'war' or 'peace'."),
        "SELECT title FROM films WHERE (title LIKE '%war%' OR title LIKE '%peace%')"
    );
}

#[test]
fn non_before_a_value_negates_it() {
    assert_eq!(
        reg_sql("How many non public ports are there?"),
        "SELECT COUNT(*) FROM ports WHERE kind <> 'Public'"
    );
}

#[test]
fn except_sets_aside_the_value_after_it() {
    // "all critics except the critic with name 'Ann'": every critic but that one.
    assert_eq!(
        sql("Find the total salary of all critics except the critic with name 'Ann'."),
        "SELECT SUM(salary) FROM critics WHERE name <> 'Ann'"
    );
}

#[test]
fn between_with_the_column_after_the_numbers() {
    assert_eq!(
        sql("Which films have between 90 and 120 runtime? Give titles."),
        "SELECT title FROM films WHERE runtime BETWEEN 90 AND 120"
    );
}

#[test]
fn comparatives_that_imply_a_column() {
    // "taller than" compares heights; "more expensive than" a cost when there is no price.
    assert_eq!(
        sql("Name critics taller than 1.8."),
        "SELECT name FROM critics WHERE height > 1.8"
    );
    assert_eq!(
        sql("List film titles more expensive than 500."),
        "SELECT title FROM films WHERE cost > 500"
    );
}

#[test]
fn a_column_inside_the_comparative() {
    // "more runtime minutes than 100": the column between "more" and "than".
    assert_eq!(
        sql("Which films have more runtime than 100? Give the titles."),
        "SELECT title FROM films WHERE runtime > 100"
    );
}

#[test]
fn years_old_is_an_age() {
    assert_eq!(
        sql("How many critics are 40 years old?"),
        "SELECT COUNT(*) FROM critics WHERE age = 40"
    );
    // The age, not the salary named before the cue.
    assert_eq!(
        sql("What are the salaries of critics over 30 years old?"),
        "SELECT salary FROM critics WHERE age > 30"
    );
}

#[test]
fn the_same_number_twice_makes_two_conditions() {
    // The second "100" is its own value, not the one the first condition took.
    assert_eq!(
        sql("Give film titles with runtime 100 and cost 100."),
        "SELECT title FROM films WHERE runtime = 100 AND cost = 100"
    );
}

#[test]
fn one_thing_after_more_than_is_counted() {
    // "more than one film": films counted per critic, even in the singular.
    assert_eq!(
        sql("Which critics have more than one film id?"),
        // (Each review names one film: the reviews are counted without joining films.)
        "SELECT T1.name FROM critics AS T1 JOIN reviews AS T2 ON T1.critic_id = \
         T2.critic_id GROUP BY T1.critic_id HAVING COUNT(*) > 1"
    );
}

#[test]
fn a_number_of_rows_with_a_value_is_counted() {
    // "at least 3 seniors" where "Senior" is a stored rank: such rows counted per country.
    assert_eq!(
        sql("In which countries are there at least 3 seniors?"),
        "SELECT country FROM critics WHERE \"rank\" = 'Senior' GROUP BY country HAVING COUNT(*) >= 3"
    );
}

#[test]
fn named_after_another_column_means_the_name() {
    // "the runtimes of the films named 'Heat'": the title is named; the runtime is shown.
    assert_eq!(
        sql("Show the runtime of the films named 'Heat'."),
        "SELECT runtime FROM films WHERE title = 'Heat'"
    );
}

#[test]
fn costing_between_two_numbers_is_a_cost() {
    assert_eq!(
        sql("List film titles costing between 10 and 20."),
        "SELECT title FROM films WHERE cost BETWEEN 10 AND 20"
    );
}

#[test]
fn a_capitalised_name_after_a_text_column_is_its_value() {
    // Names too many to index: the capitalised word after "the name" is the value.
    assert_eq!(
        sql("What is the salary of the critic with the name Ann?"),
        "SELECT salary FROM critics WHERE name = 'Ann'"
    );
    // A command word after a question mark is not a value.
    assert!(!sql("What is the salary of each critic name? Return it.").contains("'Return'"));
}

#[test]
fn a_phrasal_verb_names_a_flag_by_its_compound() {
    // "signed up" for the yes/no column `crew_signup` (stored as 1/0 text).
    assert_eq!(
        reg_sql("How many vessels are signed up?"),
        "SELECT COUNT(*) FROM vessels WHERE crew_signup = '1'"
    );
}

#[test]
fn state_after_a_status_value_names_its_kind() {
    // "in docked state": the status, not the ports' state column.
    assert_eq!(
        reg_sql("How many vessels are in docked state?"),
        "SELECT COUNT(*) FROM vessels WHERE nav_status = 'Docked'"
    );
}

#[test]
fn any_comparative_than_or_equal_to_is_inclusive() {
    assert_eq!(
        sql("Give film titles with runtime smaller than or equal to 90."),
        "SELECT title FROM films WHERE runtime <= 90"
    );
    assert_eq!(
        sql("Give film titles with runtime higher than or equal to 90."),
        "SELECT title FROM films WHERE runtime >= 90"
    );
}

#[test]
fn a_range_before_its_column_bounds_that_column() {
    // "titles with between 90 and 120 runtime": the range bounds the number named after it;
    // the titles before it are what is shown.
    assert_eq!(
        sql("Give the film titles with between 90 and 120 runtime"),
        "SELECT title FROM films WHERE runtime BETWEEN 90 AND 120"
    );
    // The column before the range still takes it when it is the bounded one.
    assert_eq!(
        sql("Give the film titles with runtime between 90 and 120"),
        "SELECT title FROM films WHERE runtime BETWEEN 90 AND 120"
    );
}

#[test]
fn a_unit_between_a_range_and_its_column() {
    // "minutes" says what the numbers measure; the column is named after it.
    assert_eq!(
        sql("List the film titles with between 80 and 100 minutes runtime."),
        "SELECT title FROM films WHERE runtime BETWEEN 80 AND 100"
    );
}

#[test]
fn not_n_years_old_is_another_age() {
    assert_eq!(
        sql("Which critics are not 40 years old?"),
        "SELECT name FROM critics WHERE age <> 40"
    );
    assert_eq!(
        sql("Which critics are 40 years old?"),
        "SELECT name FROM critics WHERE age = 40"
    );
}

#[test]
fn a_name_of_a_described_row_is_shown() {
    let crew = Schema::new(vec![table(
        "crew",
        "crew_id",
        vec![
            col("crew_id", "integer"),
            col("first_name", "text"),
            col("last_name", "text"),
            vcol("post", &["Captain", "Mate", "Cook"]),
        ],
        vec![],
    )]);
    let sql = |q: &str| common::sql_or_declined(&crew, q);
    // "the last name of the captain": the name of who "captain" describes, not a name
    // that is "captain".
    assert_eq!(
        sql("What are the first and last name of the captain?"),
        "SELECT first_name, last_name FROM crew WHERE post = 'Captain'"
    );
}

#[test]
fn a_negated_flag_with_its_agent_after_by() {
    let clinic = Schema::new(vec![table(
        "doctors",
        "doctor_id",
        vec![
            col("doctor_id", "integer"),
            col("name", "text"),
            vcol("board_certified", &["Yes", "No"]),
        ],
        vec![],
    )]);
    // Declined before; "by the board" is the rest of the flag's name, not a grouping.
    assert_eq!(
        common::sql_or_declined(&clinic, "How many doctors were not certified by the board?"),
        "SELECT COUNT(*) FROM doctors WHERE board_certified <> 'Yes'"
    );
}

#[test]
fn a_sum_of_money_compares_the_money_column() {
    let shop = Schema::new(vec![
        table(
            "suppliers",
            "supplier_id",
            vec![col("supplier_id", "integer"), col("supplier_name", "text")],
            vec![],
        ),
        table(
            "invoices",
            "invoice_id",
            vec![
                col("invoice_id", "integer"),
                col("supplier_id", "integer"),
                col("total_amount", "real"),
            ],
            vec![fk("supplier_id", "suppliers", "supplier_id")],
        ),
    ]);
    // Declined before: no column is named; "dollars" says the amount is meant.
    assert_eq!(
        common::sql_or_declined(
            &shop,
            "Which suppliers have invoices of more than 500 dollars?"
        ),
        "SELECT T1.supplier_name FROM suppliers AS T1 JOIN invoices AS T2 ON T1.supplier_id = \
         T2.supplier_id WHERE T2.total_amount > 500"
    );
}

#[test]
fn with_at_least_n_then_a_column_compares_that_column() {
    let ledger = Schema::new(vec![table(
        "trades",
        "trade_id",
        vec![
            col("trade_id", "integer"),
            col("trade_date", "date"),
            col("unit_count", "integer"),
        ],
        vec![],
    )]);
    // The date before the cue holds no numbers: the unit count after the number is compared.
    assert_eq!(
        common::sql_or_declined(
            &ledger,
            "What are the dates of trades with at least 100 unit count?"
        ),
        "SELECT trade_date FROM trades WHERE unit_count >= 100"
    );
}

#[test]
fn quoted_letters_in_their_column_are_a_pattern_even_when_stored_as_a_value() {
    let school = Schema::new(vec![
        table(
            "pupils",
            "pupil_id",
            vec![col("pupil_id", "integer"), col("first_name", "text")],
            vec![],
        ),
        table(
            "marks",
            "mark_id",
            vec![
                col("mark_id", "integer"),
                col("pupil_id", "integer"),
                vcol("grade", &["A", "B", "C"]),
            ],
            vec![fk("pupil_id", "pupils", "pupil_id")],
        ),
    ]);
    // 'a' is also a stored grade; "in their first name" says it is letters to look for.
    assert_eq!(
        common::sql_or_declined(
            &school,
            "What are the first names of pupils who have an \"a\" in their first name?"
        ),
        "SELECT first_name FROM pupils WHERE first_name LIKE '%a%'"
    );
}

#[test]
fn a_lone_letter_after_a_word_of_its_column_is_a_value() {
    let sites = Schema::new(vec![table(
        "sites",
        "site_code",
        vec![
            vcol("site_code", &["a", "b", "x"]),
            col("site_name", "text"),
            col("site_description", "text"),
        ],
        vec![],
    )]);
    assert_eq!(
        common::sql_or_declined(
            &sites,
            "Give me the name and description of the site with code x."
        ),
        "SELECT site_name, site_description FROM sites WHERE site_code = 'x'"
    );
}

#[test]
fn under_a_small_number_after_people_is_their_age() {
    let league = Schema::new(vec![
        table(
            "players",
            "player_no",
            vec![
                col("player_no", "integer"),
                col("name", "text"),
                col("age", "integer"),
            ],
            vec![],
        ),
        table(
            "season_stats",
            "stat_id",
            vec![
                col("stat_id", "integer"),
                col("player_no", "integer"),
                col("goals_scored", "integer"),
            ],
            vec![fk("player_no", "players", "player_no")],
        ),
    ]);
    // "under 20" qualifies the players named right before it; it was put on the goals
    // named before them.
    assert_eq!(
        common::sql_or_declined(&league, "Show the total goals scored by players under 20."),
        "SELECT SUM(T2.goals_scored) FROM players AS T1 JOIN season_stats AS T2 ON T1.player_no = T2.player_no WHERE T1.age < 20"
    );
}

#[test]
fn a_year_typed_column_compares_with_the_year_number() {
    let albums = Schema::new(vec![table(
        "albums",
        "album_no",
        vec![
            col("album_no", "integer"),
            col("title", "text"),
            col("issue_year", "year"),
        ],
        vec![],
    )]);
    // A `year` column holds 2006, not a date: it was compared with '2006-01-01'.
    assert_eq!(
        common::sql_or_declined(&albums, "Which albums were issued after 2005?"),
        "SELECT title FROM albums WHERE issue_year > 2005"
    );
}

#[test]
fn a_negated_column_of_the_rows_themselves_is_empty() {
    let mut lent = col("lent_date", "date");
    lent.nullable = false;
    let mut tool = col("tool_name", "text");
    tool.nullable = false;
    let mut late_fee = col("late_fee", "integer");
    late_fee.nullable = false;
    let shed = Schema::new(vec![
        table(
            "borrowers",
            "borrower_id",
            vec![col("borrower_id", "integer"), col("nickname", "text")],
            vec![],
        ),
        table(
            "tool_lendings",
            "lending_id",
            vec![
                col("lending_id", "integer"),
                tool,
                col("borrower_id", "integer"),
                lent,
                col("returned_date", "date"),
                col("deposit", "real"),
                late_fee,
            ],
            vec![fk("borrower_id", "borrowers", "borrower_id")],
        ),
    ]);
    let sql = |q: &str| common::sql_or_declined(&shed, q);
    // A participle naming a date of the rows: the date is not set yet.
    assert_eq!(
        sql("How many tool lendings have not been returned?"),
        "SELECT COUNT(*) FROM tool_lendings WHERE returned_date IS NULL"
    );
    let said = quarry_nl::SchemaIndex::build(&shed)
        .translate(
            "How many tool lendings have not been returned?",
            quarry_model::Dialect::Sqlite,
        )
        .unwrap()
        .explanation;
    assert!(
        said.contains("with no value in tool_lendings.returned_date"),
        "{said}"
    );
    assert_eq!(
        sql("List the tool names of lendings that were never returned."),
        "SELECT tool_name FROM tool_lendings WHERE returned_date IS NULL"
    );
    // "without" or "no" before a column of the rows: that column is empty.
    assert_eq!(
        sql("Show the tool names of lendings without a deposit."),
        "SELECT tool_name FROM tool_lendings WHERE deposit IS NULL"
    );
    // A number that cannot be empty is zero when there is none of it.
    assert_eq!(
        sql("How many tool lendings had no late fee?"),
        "SELECT COUNT(*) FROM tool_lendings WHERE late_fee = 0"
    );
    // A column that cannot be empty is no such reading.
    assert!(
        sql("How many tool lendings were not lent?").starts_with("declined"),
        "{}",
        sql("How many tool lendings were not lent?")
    );
    // A table after the negation is still rows that have none.
    assert_eq!(
        sql("How many borrowers have no tool lendings?"),
        "SELECT COUNT(*) FROM borrowers WHERE borrower_id NOT IN (SELECT borrower_id FROM tool_lendings WHERE borrower_id IS NOT NULL)"
    );
}

#[test]
fn two_numbers_joined_by_and_are_either_value_of_the_column() {
    let hall = Schema::new(vec![table(
        "pupils",
        "pupil_id",
        vec![
            col("pupil_id", "integer"),
            col("pupil_name", "text"),
            col("year_group", "integer"),
        ],
        vec![],
    )]);
    // No pupil is in two year groups: "and" lists the values, either one.
    assert_eq!(
        common::sql_or_declined(&hall, "How many pupils are in year groups 7 and 8?"),
        "SELECT COUNT(*) FROM pupils WHERE year_group IN (7, 8)"
    );
}
