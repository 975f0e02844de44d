-- Outbound replies (acknowledgements, officer replies, recorded callbacks) go through a durable queue per
-- channel; the reply row is the record of what was promised and what happened to it.
alter table reply add column kind varchar(20) default 'REPLY' not null;
alter table reply add column attempts int default 0 not null;
alter table reply add column last_error varchar(1000);
-- the inbound contact this reply answers
alter table reply add column answers_contact_id bigint references contact (id);

-- Message ids an inbound contact continued (In-Reply-To, References, reply-to post), kept so a reply can carry the
-- whole thread.
alter table contact add column conversation_ids varchar(20000);
alter table contact add column language varchar(8);
