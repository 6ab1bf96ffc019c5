//! `cargo run -p quarry-eval --example explain_one -- DB.sqlite "question"`: the builtin
//! engine's mentions, SQL, confidence and evidence for one question (for rule work).

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(db), Some(question)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: explain_one DB.sqlite QUESTION");
        std::process::exit(2);
    };
    let conn = rusqlite::Connection::open(db).expect("open the database");
    let schema = quarry_eval::introspect::sqlite_schema(&conn).expect("read the schema");
    let index = quarry_nl::SchemaIndex::build(&schema);
    for m in index.mentions(question) {
        println!("{m}");
    }
    let (answer, notes) = index.translate_with_notes(question, quarry_model::Dialect::Sqlite);
    match answer {
        Ok(a) => println!("{}\nconfidence {:.3}", a.sql, a.confidence),
        Err(e) => println!("declined: {}", e.reason),
    }
    println!("{}", notes.join(" "));
}
