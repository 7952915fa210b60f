-- One name per concept across Java, GraphQL and SQL: a claim's speaker is `attributedTo` everywhere.
alter table claim rename column speaker to attributed_to;
