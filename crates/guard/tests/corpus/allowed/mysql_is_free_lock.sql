-- dialect: mysql
SELECT IS_FREE_LOCK('nightly_job')
