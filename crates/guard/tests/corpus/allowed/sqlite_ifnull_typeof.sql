-- dialect: sqlite
SELECT ifnull(note, ''), typeof(total), instr(name, 'x') FROM orders
