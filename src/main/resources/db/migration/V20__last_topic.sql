-- What the last answer was about, as an id ("faq:jeugdhulp-kosten", "term:ots"), never text:
-- a follow-up ("and what does it cost?") and a language switch are answered from it.
ALTER TABLE conversation_state ADD COLUMN last_topic VARCHAR(96);
