//! Orders named by "the number of" something: a column that holds the number orders the
//! rows by itself, with or without the counted things named before it; things that are
//! rows of another table are counted; an order by words nothing read declines; the most
//! rows per shown column of a table without a key of its own; "ordered by X and Y"; "the
//! most times"; "the most cases" (rows no table names) per a shown value; a lookup table's
//! description counted where it is used. Each on a schema the test makes itself.

// Tests may unwrap (house rule); helpers outside #[test] functions too.
#![allow(clippy::unwrap_used)]

// Shared helpers; this file does not need all of them.
#[allow(dead_code)]
mod common;

use common::{col, fk, table, vcol};
use quarry_model::Schema;

/// Orchards, the acres each covers and the trees felled there; the trees still standing.
fn orchards() -> Schema {
    Schema::new(vec![
        table(
            "orchard",
            "orchard_id",
            vec![
                col("orchard_id", "integer"),
                col("orchard_name", "text"),
                col("acres", "integer"),
                col("felled", "integer"),
            ],
            vec![],
        ),
        table(
            "tree",
            "tree_id",
            vec![
                col("tree_id", "integer"),
                col("orchard_id", "integer"),
                col("variety", "text"),
            ],
            vec![fk("orchard_id", "orchard", "orchard_id")],
        ),
    ])
}

fn sql(q: &str) -> String {
    common::sql_or_declined(&orchards(), q)
}

#[test]
fn a_direction_after_by_makes_the_number_an_order() {
    assert_eq!(
        sql("List the orchard names by ascending number of acres."),
        "SELECT orchard_name FROM orchard ORDER BY acres ASC"
    );
}

#[test]
fn in_order_of_the_number_of_a_number_column_orders_by_it() {
    assert_eq!(
        sql("Show the orchard names in descending order of the number of acres."),
        "SELECT orchard_name FROM orchard ORDER BY acres DESC"
    );
}

#[test]
fn the_counted_things_before_a_number_column_are_what_it_counts() {
    assert_eq!(
        sql("Show the orchard names in descending order of the number of trees felled."),
        "SELECT orchard_name FROM orchard ORDER BY felled DESC"
    );
    assert_eq!(
        sql("Show the orchard names in descending order of the number of trees they felled."),
        "SELECT orchard_name FROM orchard ORDER BY felled DESC"
    );
}

#[test]
fn in_order_of_the_number_of_rows_elsewhere_counts_them() {
    // Per orchard, not per name: two orchards may share one.
    assert_eq!(
        sql("Show the orchard names in descending order of the number of trees."),
        "SELECT T2.orchard_name FROM tree AS T1 JOIN orchard AS T2 ON T1.orchard_id = T2.orchard_id \
         GROUP BY T2.orchard_id, T2.orchard_name ORDER BY COUNT(*) DESC"
    );
}

#[test]
fn an_order_by_something_unread_declines_rather_than_order_by_the_names() {
    assert_eq!(
        sql("Show the orchard names in descending order."),
        "SELECT orchard_name FROM orchard ORDER BY orchard_name DESC"
    );
    assert_eq!(
        sql("Show the orchard names in alphabetical order of their names."),
        "SELECT orchard_name FROM orchard ORDER BY orchard_name ASC"
    );
    assert!(
        sql("Show the orchard names in descending order of the soil quality.")
            .starts_with("declined: an order by \"soil\""),
    );
    assert!(sql("List the orchard names sorted by their yearly harvest.").starts_with("declined:"),);
}

#[test]
fn the_most_rows_per_shown_column_of_a_table_without_its_own_key() {
    // Sign-ups keep no key of their own, only the pupil they refer to: counted per sport,
    // not per pupil.
    let sports = Schema::new(vec![
        table(
            "pupil",
            "pupil_id",
            vec![col("pupil_id", "integer"), col("pupil_name", "text")],
            vec![],
        ),
        {
            let mut t = table(
                "sport_signup",
                "pupil_id",
                vec![
                    col("pupil_id", "integer"),
                    col("sport_name", "text"),
                    col("hours", "integer"),
                ],
                vec![fk("pupil_id", "pupil", "pupil_id")],
            );
            t.primary_key.clear();
            t
        },
    ]);
    assert_eq!(
        common::sql_or_declined(&sports, "Which sport has the most pupils?"),
        "SELECT sport_name FROM sport_signup GROUP BY sport_name ORDER BY COUNT(*) DESC LIMIT 1"
    );
}

#[test]
fn a_number_listed_after_a_comma_is_shown() {
    // "name, number of trees" lists two things; "name number" would be one.
    assert_eq!(
        sql("Which orchard has the most trees? List the orchard name, number of trees, and orchard id."),
        "SELECT T2.orchard_name, T1.orchard_id, COUNT(*) FROM tree AS T1 JOIN orchard AS T2 ON \
         T1.orchard_id = T2.orchard_id GROUP BY T1.orchard_id ORDER BY COUNT(*) DESC LIMIT 1"
    );
}

#[test]
fn a_column_right_after_a_row_limit_ranks_the_rows() {
    assert_eq!(
        sql("List the orchard names with the top 3 acres."),
        "SELECT orchard_name FROM orchard ORDER BY acres DESC LIMIT 3"
    );
    assert_eq!(
        sql("List the orchard names with the top 2 smallest acres."),
        "SELECT orchard_name FROM orchard ORDER BY acres ASC LIMIT 2"
    );
    // A total of the top rows is not a total ordered by the column.
    assert!(
        sql("What is the total felled of the orchards with the top 2 acres?")
            .starts_with("declined:")
    );
}

#[test]
fn a_column_after_and_continues_the_order() {
    assert_eq!(
        sql("List the orchard names ordered by acres and felled."),
        "SELECT orchard_name FROM orchard ORDER BY acres ASC, felled ASC"
    );
    assert_eq!(
        sql("List each orchard name in descending order of acres and felled."),
        "SELECT orchard_name FROM orchard ORDER BY acres DESC, felled DESC"
    );
    // After a comma, what follows is shown, not ordered by.
    assert_eq!(
        sql("List the orchard names ordered by acres, and the felled."),
        "SELECT orchard_name, felled FROM orchard ORDER BY acres ASC"
    );
}

#[test]
fn the_most_times_ranks_a_value_by_how_often_it_comes_up() {
    let log = Schema::new(vec![table(
        "sightings",
        "sighting_id",
        vec![
            col("sighting_id", "integer"),
            col("bird", "text"),
            col("seen_on", "date"),
        ],
        vec![],
    )]);
    let sql = |q: &str| common::sql_or_declined(&log, q);
    assert_eq!(
        sql("Which bird was sighted the most times?"),
        "SELECT bird FROM sightings GROUP BY bird ORDER BY COUNT(*) DESC LIMIT 1"
    );
    assert_eq!(
        sql("Which bird was sighted the lowest number of times?"),
        "SELECT bird FROM sightings GROUP BY bird ORDER BY COUNT(*) ASC LIMIT 1"
    );
    // A verb, then a degree word that ends the question, says the same.
    assert_eq!(
        sql("Which bird was spotted the most?"),
        "SELECT bird FROM sightings GROUP BY bird ORDER BY COUNT(*) DESC LIMIT 1"
    );
}

#[test]
fn the_most_of_an_unnamed_plural_counts_the_rows_per_shown_value() {
    let ward = Schema::new(vec![
        table(
            "wards",
            "ward_id",
            vec![col("ward_id", "integer"), col("ward_name", "text")],
            vec![],
        ),
        table(
            "patients",
            "patient_id",
            vec![
                col("patient_id", "integer"),
                col("ward_id", "integer"),
                col("name", "text"),
                col("blood_group", "text"),
            ],
            vec![fk("ward_id", "wards", "ward_id")],
        ),
    ]);
    let sql = |q: &str| common::sql_or_declined(&ward, q);
    // "cases" is no table: the patients' rows, counted per blood group.
    assert_eq!(
        sql("Which blood group has the most cases?"),
        "SELECT blood_group FROM patients GROUP BY blood_group ORDER BY COUNT(*) DESC LIMIT 1"
    );
    assert_eq!(
        sql("Find the blood group that has the fewest cases."),
        "SELECT blood_group FROM patients GROUP BY blood_group ORDER BY COUNT(*) ASC LIMIT 1"
    );
    // Per ward name, the counted rows would be another table's: nothing says which.
    let per_name = sql("What is the name of the ward with the most beds?");
    assert!(per_name.starts_with("declined:"), "{per_name}");
}

#[test]
fn the_most_frequent_row_of_a_lookup_table_is_counted_where_it_is_used() {
    let paints = Schema::new(vec![
        table(
            "ref_colours",
            "colour_code",
            vec![
                col("colour_code", "text"),
                col("colour_description", "text"),
            ],
            vec![],
        ),
        table(
            "paints",
            "paint_id",
            vec![
                col("paint_id", "integer"),
                col("colour_code", "text"),
                col("litres", "integer"),
            ],
            vec![fk("colour_code", "ref_colours", "colour_code")],
        ),
    ]);
    // Each code has one description: counted per description, the lookup's own rows are
    // one each; the paints that use the colour are what "most frequently" counts.
    assert_eq!(
        common::sql_or_declined(
            &paints,
            "Show the description of the colour that occurs most frequently."
        ),
        "SELECT T1.colour_description FROM ref_colours AS T1 JOIN paints AS T2 ON \
         T1.colour_code = T2.colour_code GROUP BY T1.colour_description ORDER BY COUNT(*) DESC LIMIT 1"
    );
    // The code and the description together name the lookup's row: grouped by its key.
    assert_eq!(
        common::sql_or_declined(
            &paints,
            "What are the code and the description of the least frequent colour?"
        ),
        "SELECT T1.colour_code, T1.colour_description FROM ref_colours AS T1 JOIN paints AS T2 \
         ON T1.colour_code = T2.colour_code GROUP BY T1.colour_code ORDER BY COUNT(*) ASC LIMIT 1"
    );
}

#[test]
fn a_number_each_row_refers_to_once_orders_without_a_sum() {
    let firms = Schema::new(vec![
        table(
            "persons",
            "person_id",
            vec![
                col("person_id", "integer"),
                col("full_name", "text"),
                col("height", "real"),
            ],
            vec![],
        ),
        table(
            "founders",
            "founder_id",
            vec![
                col("founder_id", "integer"),
                col("person_id", "integer"),
                col("firm", "text"),
            ],
            vec![fk("person_id", "persons", "person_id")],
        ),
    ]);
    // Each founder is one person: ordered by that person's height ("by" is the verb's, not
    // "total by"), not by a sum per founder.
    assert_eq!(
        common::sql_or_declined(
            &firms,
            "Which firm was started by the founder with the greatest height?"
        ),
        "SELECT T1.firm FROM founders AS T1 JOIN persons AS T2 ON T1.person_id = T2.person_id \
         ORDER BY T2.height DESC LIMIT 1"
    );
}

/// Tutors, each with an office, and the lessons each gives.
fn tutors_and_lessons() -> Schema {
    Schema::new(vec![
        table(
            "tutors",
            "tutor_id",
            vec![
                col("tutor_id", "integer"),
                col("tutor_name", "text"),
                col("office", "text"),
            ],
            vec![],
        ),
        table(
            "lessons",
            "lesson_id",
            vec![col("lesson_id", "integer"), col("tutor_id", "integer")],
            vec![fk("tutor_id", "tutors", "tutor_id")],
        ),
    ])
}

#[test]
fn the_top_n_number_of_a_table_ranks_by_its_count() {
    let school = tutors_and_lessons();
    // Declined before: "top 3" set a limit and nothing an order.
    assert_eq!(
        common::sql_or_declined(
            &school,
            "What are the names of the tutors who give the top 3 number of lessons?"
        ),
        "SELECT T2.tutor_name FROM lessons AS T1 JOIN tutors AS T2 ON T1.tutor_id = T2.tutor_id \
         GROUP BY T2.tutor_id ORDER BY COUNT(*) DESC LIMIT 3"
    );
}

#[test]
fn the_oldest_of_rows_without_an_age_is_the_first_founded() {
    let schools = Schema::new(vec![table(
        "schools",
        "school_id",
        vec![
            col("school_id", "integer"),
            col("school_name", "text"),
            col("founded", "integer"),
            col("enrollment", "integer"),
        ],
        vec![],
    )]);
    // The superlative was dropped before (every school's enrollment listed).
    assert_eq!(
        common::sql_or_declined(&schools, "What is the enrollment of the oldest school?"),
        "SELECT enrollment FROM schools ORDER BY founded ASC LIMIT 1"
    );
}

#[test]
fn a_time_word_after_a_text_column_orders_it() {
    let council = Schema::new(vec![table(
        "mayors",
        "mayor_id",
        vec![
            col("mayor_id", "integer"),
            col("mayor", "text"),
            // Years kept as text.
            col("term_ended", "text"),
        ],
        vec![],
    )]);
    // The superlative was dropped before: the column holds text.
    assert_eq!(
        common::sql_or_declined(&council, "Which mayor's term ended the latest?"),
        "SELECT mayor FROM mayors ORDER BY term_ended DESC LIMIT 1"
    );
}

#[test]
fn the_most_unnamed_things_in_a_table_are_its_rows() {
    let shops = Schema::new(vec![
        table(
            "shops",
            "shop_id",
            vec![col("shop_id", "integer"), col("shop_name", "text")],
            vec![],
        ),
        table(
            "stock",
            "stock_id",
            vec![col("stock_id", "integer"), col("shop_id", "integer")],
            vec![fk("shop_id", "shops", "shop_id")],
        ),
    ]);
    // "articles" names nothing; "in stock" says whose rows they are. The superlative was
    // dropped before.
    let sql = common::sql_or_declined(&shops, "Which shop has the most articles in stock?");
    assert!(
        sql.ends_with("GROUP BY T1.shop_id ORDER BY COUNT(*) DESC LIMIT 1")
            || sql.ends_with("GROUP BY T2.shop_id ORDER BY COUNT(*) DESC LIMIT 1"),
        "{sql}"
    );
    assert!(sql.contains("shop_name"), "{sql}");
}

/// Towns and a rainfall table that keeps a number per month.
fn rainfall() -> Schema {
    Schema::new(vec![
        table(
            "towns",
            "town_id",
            vec![col("town_id", "integer"), col("town_name", "text")],
            vec![],
        ),
        table(
            "rainfall",
            "town_id",
            vec![
                col("town_id", "integer"),
                col("april", "real"),
                col("june", "real"),
            ],
            vec![fk("town_id", "towns", "town_id")],
        ),
    ])
}

#[test]
fn the_column_that_ranks_the_asked_rows_is_not_shown_for_them() {
    let weather = rainfall();
    // "which town": the town is asked for; April's figure only ranks the towns.
    assert_eq!(
        common::sql_or_declined(&weather, "In April, which town has the highest rainfall?"),
        "SELECT T1.town_name FROM towns AS T1 JOIN rainfall AS T2 ON T1.town_id = T2.town_id \
         ORDER BY T2.april DESC LIMIT 1"
    );
}

#[test]
fn a_size_word_on_a_table_then_in_its_column_ranks_by_that_column() {
    let weather = rainfall();
    // "the highest rainfall" alone would count rainfall rows; "in April" names the number.
    assert_eq!(
        common::sql_or_declined(&weather, "Which town has the highest rainfall in April?"),
        "SELECT T1.town_name FROM towns AS T1 JOIN rainfall AS T2 ON T1.town_id = T2.town_id \
         ORDER BY T2.april DESC LIMIT 1"
    );
}

#[test]
fn the_table_a_counting_clause_describes_is_counted_per_row() {
    let school = tutors_and_lessons();
    // One tutor gives the most lessons; two tutors may share an office.
    assert_eq!(
        common::sql_or_declined(
            &school,
            "Which office does the tutor who gives the most lessons work in?"
        ),
        "SELECT T1.office FROM tutors AS T1 JOIN lessons AS T2 ON T1.tutor_id = T2.tutor_id \
         GROUP BY T1.tutor_id ORDER BY COUNT(*) DESC LIMIT 1"
    );
}

#[test]
fn the_referring_table_the_verb_names_is_counted() {
    let shop = Schema::new(vec![
        table(
            "wares",
            "ware_id",
            vec![col("ware_id", "integer"), col("ware_name", "text")],
            vec![],
        ),
        table(
            "order_lines",
            "line_id",
            vec![col("line_id", "integer"), col("ware_id", "integer")],
            vec![fk("ware_id", "wares", "ware_id")],
        ),
        table(
            "deliveries",
            "delivery_id",
            vec![col("delivery_id", "integer"), col("ware_id", "integer")],
            vec![fk("ware_id", "wares", "ware_id")],
        ),
    ]);
    // Two tables refer to the wares; "ordered" says which one's rows are counted.
    let sql = common::sql_or_declined(
        &shop,
        "What is the name of the ware that was ordered the most often?",
    );
    assert!(
        sql.contains("order_lines")
            && !sql.contains("deliveries")
            && sql.ends_with("ORDER BY COUNT(*) DESC LIMIT 1"),
        "{sql}"
    );
}

#[test]
fn a_value_between_most_and_the_counted_table_filters_what_is_counted() {
    let music = Schema::new(vec![
        table(
            "bands",
            "band_id",
            vec![col("band_id", "integer"), col("band_name", "text")],
            vec![],
        ),
        table(
            "singers",
            "singer_id",
            vec![
                col("singer_id", "integer"),
                col("band_id", "integer"),
                vcol("sex", &["F", "M"]),
                vcol("voice", &["tenor", "alto", "bass"]),
            ],
            vec![fk("band_id", "bands", "band_id")],
        ),
    ]);
    // The superlative was dropped: every band with an alto (or female) singer was listed.
    assert_eq!(
        common::sql_or_declined(&music, "Which band has the most alto singers?"),
        "SELECT T1.band_name FROM bands AS T1 JOIN singers AS T2 ON T1.band_id = T2.band_id WHERE T2.voice = 'alto' GROUP BY T1.band_id ORDER BY COUNT(*) DESC LIMIT 1"
    );
    assert_eq!(
        common::sql_or_declined(&music, "Which band has the most female singers?"),
        "SELECT T1.band_name FROM bands AS T1 JOIN singers AS T2 ON T1.band_id = T2.band_id WHERE T2.sex = 'F' GROUP BY T1.band_id ORDER BY COUNT(*) DESC LIMIT 1"
    );
}

#[test]
fn from_one_extreme_to_the_other_is_a_direction() {
    let rivers = Schema::new(vec![table(
        "rivers",
        "river_id",
        vec![
            col("river_id", "integer"),
            col("name", "text"),
            col("length_km", "real"),
            col("survey_year", "text"),
        ],
        vec![],
    )]);
    // Two superlatives were read: the last one ("least") set an ascending order.
    assert_eq!(
        common::sql_or_declined(
            &rivers,
            "List the river names, ordered by length from greatest to least."
        ),
        "SELECT name FROM rivers ORDER BY length_km DESC"
    );
    // "by survey year" and the direction were dropped: the rows came unordered.
    assert_eq!(
        common::sql_or_declined(
            &rivers,
            "Give every river name by survey year from newest to oldest."
        ),
        "SELECT name FROM rivers ORDER BY survey_year DESC"
    );
    // Where the order starts says its direction; it was read as ascending.
    assert_eq!(
        common::sql_or_declined(
            &rivers,
            "Show the names of rivers by survey year, starting with the newest one."
        ),
        "SELECT name FROM rivers ORDER BY survey_year DESC"
    );
    assert_eq!(
        common::sql_or_declined(
            &rivers,
            "List river names by length, beginning with the smallest."
        ),
        "SELECT name FROM rivers ORDER BY length_km ASC"
    );
}

#[test]
fn the_most_common_x_of_y_is_the_mode_of_x() {
    let contest = Schema::new(vec![table(
        "entries",
        "entry_id",
        vec![
            col("entry_id", "integer"),
            col("school", "text"),
            col("author", "text"),
        ],
        vec![],
    )]);
    // Two columns were asked for, so "most common" declined.
    assert_eq!(
        common::sql_or_declined(
            &contest,
            "Show the most common school of authors of entries."
        ),
        "SELECT school FROM entries GROUP BY school ORDER BY COUNT(*) DESC LIMIT 1"
    );
}

#[test]
fn a_superlative_of_time_never_ranks_words() {
    let academy = Schema::new(vec![table(
        "academy",
        "academy_id",
        vec![
            col("academy_id", "integer"),
            col("campus", "text"),
            col("established", "integer"),
        ],
        vec![],
    )]);
    // "newest" ordered the campus names; the campus is what is ranked by its founding year,
    // and only the year was asked for.
    assert_eq!(
        common::sql_or_declined(&academy, "Show the established year of the newest campus."),
        "SELECT established FROM academy ORDER BY established DESC LIMIT 1"
    );
}

#[test]
fn then_joins_sort_columns() {
    let crew = Schema::new(vec![
        table(
            "divers",
            "diver_id",
            vec![col("diver_id", "integer"), col("name", "text")],
            vec![],
        ),
        table(
            "wrecks",
            "wreck_id",
            vec![
                col("wreck_id", "integer"),
                col("name", "text"),
                col("depth", "integer"),
                col("year_found", "integer"),
            ],
            vec![],
        ),
        table(
            "dives",
            "dive_id",
            vec![
                col("dive_id", "integer"),
                col("diver_id", "integer"),
                col("wreck_id", "integer"),
            ],
            vec![
                fk("diver_id", "divers", "diver_id"),
                fk("wreck_id", "wrecks", "wreck_id"),
            ],
        ),
    ]);
    let sql = |q: &str| common::sql_or_declined(&crew, q);
    // The column after "then" was dropped from the order.
    assert_eq!(
        sql("List the names and depths of wrecks, sorted by depth, then name."),
        "SELECT name, depth FROM wrecks ORDER BY depth ASC, name ASC"
    );
    // A comma between sort columns, in a list that "then" ends.
    assert_eq!(
        sql("List the names of wrecks, sorted by depth, year found, then name."),
        "SELECT name FROM wrecks ORDER BY depth ASC, year_found ASC, name ASC"
    );
    // The second column's table is named right before it.
    assert_eq!(
        sql("List the names of divers and the names of the wrecks they dived, in alphabetical order of wreck name and then diver name."),
        "SELECT T1.name, T3.name FROM divers AS T1 JOIN dives AS T2 ON T1.diver_id = T2.diver_id \
         JOIN wrecks AS T3 ON T2.wreck_id = T3.wreck_id ORDER BY T3.name ASC, T1.name ASC"
    );
}

#[test]
fn a_relating_word_before_the_counted_rows_qualifies_nothing() {
    let coast = Schema::new(vec![table(
        "harbours",
        "harbour_id",
        vec![
            col("harbour_id", "integer"),
            col("harbour_name", "text"),
            col("region", "text"),
        ],
        vec![],
    )]);
    // "corresponding" stood between "most" and the counted table: the regions were listed.
    assert_eq!(
        common::sql_or_declined(&coast, "Which region has the most corresponding harbours?"),
        "SELECT region FROM harbours GROUP BY region ORDER BY COUNT(*) DESC LIMIT 1"
    );
}

#[test]
fn a_superlative_reaches_a_column_behind_its_measure_word() {
    let towns = Schema::new(vec![table(
        "towns",
        "town_id",
        vec![
            col("town_id", "integer"),
            col("name", "text"),
            col("rural", "real"),
        ],
        vec![],
    )]);
    // "proportion of" stood between the superlative and `rural`: a limit without an order.
    assert_eq!(
        common::sql_or_declined(
            &towns,
            "Name the three towns with the greatest proportion of rural people."
        ),
        "SELECT name FROM towns ORDER BY rural DESC LIMIT 3"
    );
}

#[test]
fn the_longest_is_by_the_measure_the_rows_keep() {
    let shelf = Schema::new(vec![
        table(
            "novels",
            "novel_id",
            vec![
                col("novel_id", "integer"),
                col("novel_title", "text"),
                col("pages", "integer"),
            ],
            vec![],
        ),
        table(
            "records",
            "disc_key",
            vec![
                col("disc_key", "integer"),
                col("album", "text"),
                col("duration", "real"),
            ],
            vec![],
        ),
        table(
            "canals",
            "canal_id",
            vec![
                col("canal_id", "integer"),
                col("canal_name", "text"),
                col("length_km", "real"),
            ],
            vec![],
        ),
    ]);
    let sql = |q: &str| common::sql_or_declined(&shelf, q);
    // A book is as long as its pages, a recording as its duration, a canal as its length.
    assert_eq!(
        sql("Give the title of the longest novel."),
        "SELECT novel_title FROM novels ORDER BY pages DESC LIMIT 1"
    );
    assert_eq!(
        sql("Which record is the longest? Show the album."),
        "SELECT album FROM records ORDER BY duration DESC LIMIT 1"
    );
    assert_eq!(
        sql("Give the shortest canal's name."),
        "SELECT canal_name FROM canals ORDER BY length_km ASC LIMIT 1"
    );
}

#[test]
fn the_most_done_thing_comes_up_most_often() {
    let kitchen = Schema::new(vec![table(
        "dishes_served",
        "serving_id",
        vec![
            col("serving_id", "integer"),
            vcol("dish", &["Soup", "Stew", "Pie"]),
            col("served_on", "date"),
        ],
        vec![],
    )]);
    let sql = |q: &str| common::sql_or_declined(&kitchen, q);
    // "the most ordered dish": the value that comes up in the most rows.
    assert_eq!(
        sql("What is the most ordered dish?"),
        "SELECT dish FROM dishes_served GROUP BY dish ORDER BY COUNT(*) DESC LIMIT 1"
    );
    assert_eq!(
        sql("What is the least eaten dish?"),
        "SELECT dish FROM dishes_served GROUP BY dish ORDER BY COUNT(*) ASC LIMIT 1"
    );
}

#[test]
fn which_rows_at_an_extreme_keeps_every_tie() {
    let rink = Schema::new(vec![table(
        "skaters",
        "skater_id",
        vec![
            col("skater_id", "integer"),
            col("skater_name", "text"),
            col("medals", "integer"),
        ],
        vec![],
    )]);
    let sql = |q: &str| common::sql_or_declined(&rink, q);
    // A plural asks for every skater with the most, ties included.
    assert_eq!(
        sql("Which skaters have the most medals?"),
        "SELECT skater_name FROM skaters WHERE medals = (SELECT MAX(medals) FROM skaters)"
    );
    let said = quarry_nl::SchemaIndex::build(&rink)
        .translate(
            "Which skaters have the most medals?",
            quarry_model::Dialect::Sqlite,
        )
        .unwrap()
        .explanation;
    assert!(
        said.contains("every row tied at the extreme of skaters.medals"),
        "{said}"
    );
    // One skater asked for is one row.
    assert_eq!(
        sql("Which skater has the most medals?"),
        "SELECT skater_name FROM skaters ORDER BY medals DESC LIMIT 1"
    );
}
