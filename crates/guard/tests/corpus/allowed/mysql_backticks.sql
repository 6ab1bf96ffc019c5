-- dialect: mysql
-- tables: order, user
SELECT `o`.`id`, `u`.`name` FROM `order` AS `o` JOIN `user` AS `u` ON `u`.`id` = `o`.`user_id`
