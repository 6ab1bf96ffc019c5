//! The builtin engine on everyday questions about ninety-eight small databases written for
//! quarry (`crates/eval/golden/<name>/`: the schema and rows as SQL, and questions with gold
//! SQL), scored by `quarry eval` exactly as a user would score their own set. Each set was
//! first run blind, before any change was made for it; both figures are in BENCHMARKS.md.
//! The floors here sit a little under today's figures: the engine is deterministic, so a drop
//! below one is a change that lost everyday answers.

// Tests may unwrap (house rule); helpers outside #[test] functions too.
#![allow(clippy::unwrap_used)]

use quarry_eval::{run, EvalArgs};
use std::path::PathBuf;

/// Accuracy and precision at the default threshold, and how many examples ran.
fn score(name: &str) -> (f64, f64, u64) {
    let set = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("golden")
        .join(name);
    let root = std::env::temp_dir().join(format!("quarry-golden-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let dir = root.join("database").join(name);
    std::fs::create_dir_all(&dir).unwrap();
    let sql = std::fs::read_to_string(set.join(format!("{name}.sql"))).unwrap();
    rusqlite::Connection::open(dir.join(format!("{name}.sqlite")))
        .unwrap()
        .execute_batch(&sql)
        .unwrap();

    let mut args = EvalArgs::new(&root);
    args.questions = Some(set.join("questions.json"));
    args.report = Some(root.join("report.json"));
    args.quiet = true;
    // Accuracy is what is checked here; one translation per question is enough for it.
    args.latency_runs = 1;
    let accuracy = run(&args).unwrap();
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root.join("report.json")).unwrap()).unwrap();
    let _ = std::fs::remove_dir_all(&root);
    let r = &report["report"];
    eprintln!("{name}: {r}");
    (
        accuracy,
        r["precision"].as_f64().unwrap(),
        r["examples"].as_u64().unwrap(),
    )
}

#[test]
fn everyday_questions_about_a_lending_library() {
    let (accuracy, precision, examples) = score("library");
    // Every gold statement ran: none was skipped as broken.
    assert_eq!(examples, 40);
    assert!(accuracy >= 0.85, "accuracy {accuracy}");
    assert!(precision >= 0.95, "precision {precision}");
}

#[test]
fn everyday_questions_about_a_clinic() {
    let (accuracy, precision, examples) = score("clinic");
    assert_eq!(examples, 40);
    assert!(accuracy >= 0.9, "accuracy {accuracy}");
    assert!(precision >= 0.95, "precision {precision}");
}

#[test]
fn everyday_questions_about_a_work_tracker() {
    let (accuracy, precision, examples) = score("tracker");
    assert_eq!(examples, 40);
    assert!(accuracy >= 0.775, "accuracy {accuracy}");
    assert!(precision >= 0.95, "precision {precision}");
}

#[test]
fn everyday_questions_about_an_airline() {
    let (accuracy, precision, examples) = score("airline");
    assert_eq!(examples, 40);
    assert!(accuracy >= 0.725, "accuracy {accuracy}");
    assert!(precision >= 0.95, "precision {precision}");
}

#[test]
fn everyday_questions_about_a_school() {
    let (accuracy, precision, examples) = score("school");
    assert_eq!(examples, 40);
    assert!(accuracy >= 0.675, "accuracy {accuracy}");
    assert!(precision >= 0.95, "precision {precision}");
}

#[test]
fn everyday_questions_about_hotels() {
    let (accuracy, precision, examples) = score("hotel");
    assert_eq!(examples, 40);
    assert!(accuracy >= 0.65, "accuracy {accuracy}");
    assert!(precision >= 0.95, "precision {precision}");
}

#[test]
fn everyday_questions_about_a_football_league() {
    let (accuracy, precision, examples) = score("league");
    assert_eq!(examples, 40);
    assert!(accuracy >= 0.6, "accuracy {accuracy}");
    assert!(precision >= 0.95, "precision {precision}");
}

#[test]
fn everyday_questions_about_music_streaming() {
    let (accuracy, precision, examples) = score("music");
    assert_eq!(examples, 40);
    assert!(accuracy >= 0.7, "accuracy {accuracy}");
    assert!(precision >= 0.95, "precision {precision}");
}

// The seven sets below were written blind by separate sessions that had not seen the engine
// or its code (BENCHMARKS.md has their first figures); the floors hold today's.

#[test]
fn everyday_questions_about_an_online_shop() {
    let (accuracy, precision, examples) = score("shop");
    assert_eq!(examples, 40);
    assert!(accuracy >= 0.55, "accuracy {accuracy}");
    assert!(precision >= 0.95, "precision {precision}");
}

#[test]
fn everyday_questions_about_payroll() {
    let (accuracy, precision, examples) = score("payroll");
    assert_eq!(examples, 40);
    assert!(accuracy >= 0.5, "accuracy {accuracy}");
    assert!(precision >= 0.95, "precision {precision}");
}

#[test]
fn everyday_questions_about_a_vet_clinic() {
    let (accuracy, precision, examples) = score("vet_clinic");
    assert_eq!(examples, 40);
    assert!(accuracy >= 0.525, "accuracy {accuracy}");
    assert!(precision >= 0.95, "precision {precision}");
}

#[test]
fn everyday_questions_about_car_rental() {
    let (accuracy, precision, examples) = score("rental");
    assert_eq!(examples, 40);
    assert!(accuracy >= 0.35, "accuracy {accuracy}");
    assert!(precision >= 0.95, "precision {precision}");
}

#[test]
fn everyday_questions_about_a_gym_chain() {
    let (accuracy, precision, examples) = score("gym");
    assert_eq!(examples, 40);
    assert!(accuracy >= 0.65, "accuracy {accuracy}");
    assert!(precision >= 0.95, "precision {precision}");
}

#[test]
fn everyday_questions_about_a_real_estate_agency() {
    let (accuracy, precision, examples) = score("realty");
    assert_eq!(examples, 40);
    assert!(accuracy >= 0.6, "accuracy {accuracy}");
    assert!(precision >= 0.95, "precision {precision}");
}

#[test]
fn everyday_questions_about_event_ticketing() {
    let (accuracy, precision, examples) = score("events");
    assert_eq!(examples, 40);
    assert!(accuracy >= 0.6, "accuracy {accuracy}");
    assert!(precision >= 0.95, "precision {precision}");
}

// The ten sets below were written blind in session 17 by separate sessions that had not seen
// the engine or its code: four everyday sets (40 questions each) and six in the style of the
// Spider benchmark (60 questions each, Spider's conventions for the gold). BENCHMARKS.md has
// their first figures; the floors hold today's.

fn holds(name: &str, examples: u64, accuracy_floor: f64, precision_floor: f64) {
    let (accuracy, precision, ran) = score(name);
    assert_eq!(ran, examples);
    assert!(accuracy >= accuracy_floor, "{name}: accuracy {accuracy}");
    assert!(
        precision >= precision_floor,
        "{name}: precision {precision}"
    );
}

#[test]
fn everyday_questions_about_a_support_desk() {
    holds("helpdesk", 40, 0.4, 0.95);
}

#[test]
fn everyday_questions_about_a_warehouse() {
    holds("warehouse", 40, 0.55, 0.95);
}

#[test]
fn everyday_questions_about_takeaway_orders() {
    holds("takeaway", 40, 0.5, 0.95);
}

#[test]
fn everyday_questions_about_food_delivery() {
    // One confident wrong answer remains: "What cuisines can you get in Austin?" repeats a
    // cuisine per restaurant (DISTINCT where a column repeats was tried and dropped).
    holds("food_delivery", 40, 0.4, 0.9);
}

#[test]
fn benchmark_style_questions_about_a_beekeepers_cooperative() {
    holds("apiary_coop", 60, 0.6, 0.95);
}

#[test]
fn benchmark_style_questions_about_a_ferry_line() {
    holds("ferry_line", 60, 0.55, 0.95);
}

#[test]
fn benchmark_style_questions_about_observatories() {
    holds("observatory_net", 60, 0.5, 0.95);
}

#[test]
fn benchmark_style_questions_about_a_music_festival() {
    holds("festival_orchestra", 60, 0.55, 0.95);
}

#[test]
fn benchmark_style_questions_about_ski_resorts() {
    holds("ski_resorts", 60, 0.5, 0.95);
}

#[test]
fn benchmark_style_questions_about_a_wine_merchant() {
    holds("wine_cellar", 60, 0.5, 0.95);
}

#[test]
fn benchmark_style_questions_about_an_orchard_estate() {
    holds("orchard_estate", 60, 0.7, 0.95);
}

#[test]
fn benchmark_style_questions_about_a_puppet_theatre_network() {
    holds("puppet_theatre", 60, 0.55, 0.95);
}

#[test]
fn benchmark_style_questions_about_rowing_regattas() {
    holds("rowing_regatta", 60, 0.65, 0.95);
}

#[test]
fn benchmark_style_questions_about_type_foundries() {
    holds("type_foundry", 60, 0.55, 0.95);
}

#[test]
fn benchmark_style_questions_about_sled_dog_racing() {
    holds("sled_dog_racing", 60, 0.6, 0.95);
}

#[test]
fn benchmark_style_questions_about_a_lighthouse_service() {
    holds("lighthouse_service", 60, 0.6, 0.95);
}

#[test]
fn benchmark_style_questions_about_a_bus_network() {
    holds("bus_network", 60, 0.45, 0.95);
}

#[test]
fn benchmark_style_questions_about_a_comic_publisher() {
    holds("comic_publisher", 60, 0.65, 0.95);
}

#[test]
fn benchmark_style_questions_about_a_glacier_survey() {
    holds("glacier_survey", 60, 0.5, 0.95);
}

#[test]
fn benchmark_style_questions_about_seed_banks() {
    holds("seed_bank", 60, 0.55, 0.95);
}

#[test]
fn benchmark_style_questions_about_an_esports_league() {
    holds("esports_league", 60, 0.6, 0.95);
}

#[test]
fn benchmark_style_questions_about_textile_mills() {
    holds("textile_mill", 60, 0.55, 0.95);
}

#[test]
fn benchmark_style_questions_about_museum_loans() {
    holds("museum_loans", 60, 0.55, 0.95);
}

#[test]
fn benchmark_style_questions_about_a_coffee_roastery() {
    holds("coffee_roastery", 60, 0.45, 0.95);
}

#[test]
fn benchmark_style_questions_about_city_marathons() {
    holds("marathon_events", 60, 0.5, 0.95);
}

#[test]
fn benchmark_style_questions_about_chess_clubs() {
    holds("chess_club", 60, 0.6, 0.95);
}

#[test]
fn benchmark_style_questions_about_film_festivals() {
    holds("film_festival", 60, 0.6, 0.95);
}

#[test]
fn benchmark_style_questions_about_river_cruises() {
    holds("river_cruises", 60, 0.6, 0.95);
}

#[test]
fn benchmark_style_questions_about_fire_brigades() {
    holds("fire_brigade", 60, 0.5, 0.95);
}

#[test]
fn benchmark_style_questions_about_wildlife_reserves() {
    holds("wildlife_reserve", 60, 0.6, 0.95);
}

#[test]
fn benchmark_style_questions_about_space_launches() {
    holds("space_launches", 60, 0.6, 0.95);
}

#[test]
fn benchmark_style_questions_about_organ_recitals() {
    holds("organ_recitals", 60, 0.55, 0.95);
}

#[test]
fn benchmark_style_questions_about_tea_estates() {
    holds("tea_estates", 60, 0.6, 0.95);
}

#[test]
fn benchmark_style_questions_about_a_robotics_league() {
    holds("robotics_league", 60, 0.65, 0.95);
}

#[test]
fn benchmark_style_questions_about_a_bakery_chain() {
    holds("bakery_chain", 60, 0.6, 0.95);
}

#[test]
fn benchmark_style_questions_about_hospital_volunteers() {
    holds("hospital_volunteers", 60, 0.6, 0.95);
}

#[test]
fn benchmark_style_questions_about_solar_farms() {
    holds("solar_farms", 60, 0.5, 0.95);
}

// Twelve sets whose briefs asked for untidy schemas (abbreviated and CamelCase names, codes
// whose meaning is only in their values, numbers kept as text, a table referring to
// itself): first sight 36.1% at 88.4% over the twelve, near the benchmark's held-out half.

#[test]
fn untidy_schema_questions_about_a_radio_network() {
    holds("radio_network", 60, 0.4, 0.95);
}

#[test]
fn untidy_schema_questions_about_a_pharmacy_chain() {
    holds("pharmacy_chain", 60, 0.45, 0.95);
}

#[test]
fn untidy_schema_questions_about_volcano_monitoring() {
    holds("volcano_watch", 60, 0.35, 0.95);
}

#[test]
fn untidy_schema_questions_about_bike_sharing() {
    holds("bike_share", 60, 0.3, 0.95);
}

#[test]
fn untidy_schema_questions_about_a_zoo() {
    holds("zoo_keepers", 60, 0.3, 0.95);
}

#[test]
fn untidy_schema_questions_about_car_repair_garages() {
    holds("car_repair_shop", 60, 0.35, 0.95);
}

#[test]
fn untidy_schema_questions_about_hiking_trails() {
    holds("hiking_trails", 60, 0.4, 0.95);
}

#[test]
fn untidy_schema_questions_about_a_taxi_company() {
    holds("taxi_dispatch", 60, 0.5, 0.95);
}

#[test]
fn untidy_schema_questions_about_a_parcel_courier() {
    // One confident wrong answer remains: "each parcel status code and the number of
    // parcels" grouped with the size too.
    holds("courier_parcels", 60, 0.3, 0.9);
}

#[test]
fn untidy_schema_questions_about_an_ice_rink() {
    holds("ice_rink", 60, 0.3, 0.95);
}

#[test]
fn untidy_schema_questions_about_community_gardens() {
    holds("community_garden", 60, 0.35, 0.95);
}

#[test]
fn untidy_schema_questions_about_marinas() {
    holds("boat_marina", 60, 0.3, 0.95);
}

// Ten more untidy sets, written blind in session 20 by separate sessions that had not seen the
// engine. The first six were run after the round's first two changes, the last four part-way
// through the round (after the changes that came from the first six); BENCHMARKS.md (round
// 21) has both figures.

#[test]
fn untidy_schema_questions_about_a_brewery() {
    holds("brewery_taproom", 60, 0.25, 0.9);
}

#[test]
fn untidy_schema_questions_about_a_cinema_chain() {
    holds("cinema_chain", 60, 0.2, 0.95);
}

#[test]
fn untidy_schema_questions_about_farmers_markets() {
    // One confident wrong answer remains: "inspections that ended in a fail" over a result
    // code 'F' that only the values say.
    holds("farmers_market", 60, 0.2, 0.9);
}

#[test]
fn untidy_schema_questions_about_a_language_school() {
    holds("language_school", 60, 0.35, 0.95);
}

#[test]
fn untidy_schema_questions_about_parking_garages() {
    holds("parking_garages", 60, 0.25, 0.95);
}

#[test]
fn untidy_schema_questions_about_recycling_depots() {
    holds("recycling_depots", 60, 0.35, 0.95);
}

#[test]
fn untidy_schema_questions_about_a_print_shop() {
    // Two confident wrong answers remain, both over codes only the values explain: customers
    // "that are non-profit organizations" ('N') and jobs "completed" (status 'C').
    holds("print_shop", 60, 0.05, 0.7);
}

#[test]
fn untidy_schema_questions_about_swimming_pools() {
    holds("swimming_pools", 60, 0.25, 0.9);
}

#[test]
fn untidy_schema_questions_about_an_animal_shelter() {
    holds("animal_shelter", 60, 0.3, 0.9);
}

#[test]
fn untidy_schema_questions_about_a_repair_cafe() {
    // Two confident wrong answers remain: "the repair cafe" read as an event's title, and
    // "had an item fixed" over an outcome code 'F'.
    holds("repair_cafe", 60, 0.15, 0.8);
}

// Four more in Spider's style, written blind in round 22 (BENCHMARKS.md): on first sight
// 46.3% at 100% precision (111 of 240) with that round's changes up to then.

#[test]
fn benchmark_style_questions_about_an_ambulance_service() {
    holds("ambulance_dispatch", 60, 0.5, 0.95);
}

#[test]
fn benchmark_style_questions_about_botanic_gardens() {
    holds("botanic_garden", 60, 0.4, 0.95);
}

#[test]
fn benchmark_style_questions_about_opera_companies() {
    holds("opera_company", 60, 0.38, 0.95);
}

#[test]
fn benchmark_style_questions_about_rail_freight() {
    holds("rail_freight", 60, 0.48, 0.95);
}

#[test]
fn untidy_questions_about_a_water_utility() {
    holds("water_utility", 60, 0.3, 0.95);
}

#[test]
fn untidy_questions_about_a_salvage_yard() {
    holds("salvage_yard", 60, 0.25, 0.95);
}

#[test]
fn untidy_questions_about_building_permits() {
    holds("building_permits", 60, 0.35, 0.95);
}

#[test]
fn untidy_questions_about_a_pottery_studio() {
    // One confident wrong answer remains: "the number of pieces made from it" counts the
    // dates in `made_dt` ("made" names the column).
    holds("pottery_studio", 60, 0.15, 0.9);
}

#[test]
fn untidy_questions_about_a_tram_network() {
    // One confident wrong answer remains: "the most common tram model" counts the model
    // lookup's own rows per description.
    holds("tram_network", 60, 0.27, 0.9);
}

#[test]
fn untidy_questions_about_a_blood_bank() {
    // One confident wrong answer remains: the largest and smallest of weights kept as text
    // are taken of the text (the benchmark's gold does so; casting lost six answers there).
    holds("blood_bank", 60, 0.36, 0.95);
}

#[test]
fn untidy_questions_about_an_auction_house() {
    holds("auction_house", 60, 0.25, 0.95);
}

#[test]
fn untidy_questions_about_scout_troops() {
    holds("scout_troops", 60, 0.38, 0.95);
}

#[test]
fn untidy_questions_about_costume_hire() {
    // One confident wrong answer remains: "stores that have sent costumes to other stores
    // but never received a transfer" read through the costumes a store keeps.
    holds("costume_hire", 60, 0.33, 0.95);
}

#[test]
fn untidy_questions_about_a_grain_cooperative() {
    holds("grain_cooperative", 60, 0.18, 0.95);
}

#[test]
fn untidy_questions_about_mountain_rescue() {
    holds("mountain_rescue", 60, 0.22, 0.95);
}

#[test]
fn untidy_questions_about_a_public_aquarium() {
    // Five confident wrong answers remain: "freshwater tanks" (the value is 'FW'), "the
    // tank that holds the most water" (counted per name), and three NOT IN through a path
    // nothing named where the verb's table has no declared key ("never fed a tank").
    holds("public_aquarium", 60, 0.18, 0.7);
}

// The eight below were written blind in round 24 to a brief for Spider's small databases (3
// to 5 tables, mostly numbers, one link table); the first four were first run on the
// round-23 build, the last four on the round's build of the time (BENCHMARKS.md).

#[test]
fn small_benchmark_style_questions_about_pipe_bands() {
    // One confident wrong answer remains: "the countries that have bands founded before
    // 1950 or bands with more than 40 members" shows each country once per band; the gold
    // (a UNION) once.
    holds("pipe_bands", 60, 0.53, 0.95);
}

#[test]
fn small_benchmark_style_questions_about_canal_locks() {
    // Likewise "owner countries that have boats of type 'Cruiser' or 'Widebeam'".
    holds("canal_locks", 60, 0.6, 0.95);
}

#[test]
fn small_benchmark_style_questions_about_a_cheese_dairy() {
    holds("cheese_dairy", 60, 0.7, 0.95);
}

#[test]
fn small_benchmark_style_questions_about_drone_racing() {
    // One confident wrong answer remains: "the countries of pilots in which no race has
    // been held" read as pilots without a race.
    holds("drone_racing", 60, 0.63, 0.95);
}

#[test]
fn small_benchmark_style_questions_about_ice_cream_parlours() {
    // One confident wrong answer remains: "countries that have parlours, but none that are
    // open late" read as countries with a parlour not open late.
    holds("ice_cream_parlours", 60, 0.51, 0.95);
}

#[test]
fn small_benchmark_style_questions_about_kite_festivals() {
    // Two confident wrong answers remain: "kite types not built by any maker from Japan",
    // asked two ways, read as the types of the kites no Japanese maker built.
    holds("kite_festivals", 60, 0.68, 0.93);
}

#[test]
fn small_benchmark_style_questions_about_a_lacrosse_league() {
    holds("lacrosse_league", 60, 0.53, 0.95);
}

#[test]
fn small_benchmark_style_questions_about_a_bell_foundry() {
    holds("bell_foundry", 60, 0.71, 0.95);
}
